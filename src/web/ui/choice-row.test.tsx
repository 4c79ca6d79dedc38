import { describe, expect, it } from "vitest";
import { Checkbox, Radio } from "./choice-row.tsx";
import { renderForTest } from "./render-for-test.test-support.ts";

describe("Radio and Checkbox", () => {
  it("draw a native input named by its label and described by the second line", () => {
    const { find } = renderForTest(
      <Radio name="plan" value="short" checked label="Short" description="Five minutes" />,
    );
    const input = find("input");
    expect(input.props).toMatchObject({
      type: "radio",
      name: "plan",
      value: "short",
      checked: true,
    });
    expect(find("label").props.for).toBe(input.props.id);
    expect(find("span", (p) => p.class === "choice__description").props.id).toBe(
      input.props["aria-describedby"],
    );
    expect(find("span", (p) => p.class === "choice__mark").props["aria-hidden"]).toBe("true");
  });

  it("keep a given id, and a checkbox draws its tick", () => {
    const { find, html } = renderForTest(<Checkbox id="agree" label="I agree" look="tile" />);
    expect(find("input").props).toMatchObject({ id: "agree", type: "checkbox" });
    expect(find("input").props["aria-describedby"]).toBeUndefined();
    expect(html).toContain('class="choice choice--checkbox choice--tile"');
    expect(html).toContain("<svg");
  });
});
