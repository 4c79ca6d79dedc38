import { describe, expect, it } from "vitest";
import { Button } from "./button.tsx";
import { renderForTest } from "./render-for-test.test-support.ts";
import { Sheet } from "./sheet.tsx";

describe("Sheet", () => {
  it("is a native dialog named by its title and described by its line", () => {
    const { find } = renderForTest(
      <Sheet
        open={false}
        onClose={() => {}}
        title="How we grade"
        description="Evidence, strongest first"
        footer={<Button>Done</Button>}
      >
        <p>Body</p>
      </Sheet>,
    );
    const dialog = find("dialog");
    expect(dialog.props.class).toBe("sheet");
    expect(find("h2", (p) => p.id === dialog.props["aria-labelledby"]).props.class).toBe(
      "sheet__title",
    );
    expect(find("p", (p) => p.id === dialog.props["aria-describedby"]).props.class).toBe(
      "sheet__description",
    );
    expect(find("button", (p) => p["aria-label"] === "Close")).toBeTruthy();
    expect(find("footer").props.class).toBe("sheet__footer");
  });

  it("closes on a click on its backdrop and not on one inside", () => {
    const { find } = renderForTest(
      <Sheet open={false} onClose={() => {}} title="T" closeLabel="Done reading" />,
    );
    expect(find("button", (p) => p["aria-label"] === "Done reading")).toBeTruthy();
    const onClick = find("dialog").props.onClick as (e: unknown) => void;
    let closed = 0;
    const dialog = { close: () => closed++ };
    onClick({ target: dialog, currentTarget: dialog });
    onClick({ target: {}, currentTarget: dialog });
    expect(closed).toBe(1);
  });
});
