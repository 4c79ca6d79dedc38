import { describe, expect, it } from "vitest";
import { describedBy, InlineError } from "./inline-error.tsx";
import { renderForTest } from "./render-for-test.test-support.ts";
import { TextField } from "./text-field.tsx";

describe("TextField and InlineError", () => {
  it("wire the hint and the error to the input, and mark it invalid", () => {
    const { find } = renderForTest(
      <TextField label="Email" type="email" hint="We send a link" error="That is not an email" />,
    );
    const input = find("input");
    expect(input.props.type).toBe("email");
    expect(input.props["aria-invalid"]).toBe("true");
    const [hintId, errorId] = String(input.props["aria-describedby"]).split(" ");
    expect(find("p", (p) => p.id === hintId).props.class).toBe("field-hint");
    expect(find("p", (p) => p.id === errorId).props.class).toBe("inline-error");
    expect(find("label").props.for).toBe(input.props.id);
  });

  it("leave a valid field unmarked and draw no error", () => {
    const { find, html } = renderForTest(<TextField label="Name" id="name" error="" />);
    expect(find("input").props["aria-invalid"]).toBeUndefined();
    expect(find("input").props["aria-describedby"]).toBeUndefined();
    expect(html).not.toContain("inline-error");
    expect(renderForTest(<InlineError id="e" />).html).toBe("");
  });

  it("describedBy joins the ids that are shown", () => {
    expect(describedBy("a", null, false, "b")).toBe("a b");
    expect(describedBy(undefined)).toBeUndefined();
  });
});
