import { describe, expect, it, vi } from "vitest";
import { renderForTest } from "./render-for-test.test-support.ts";
import { Stepper } from "./stepper.tsx";
import { MINUTES, snapToRange, stepBy, valueForKey } from "./stepper-value.ts";

const range = { min: 2, max: 30, step: 2 };

describe("stepper values", () => {
  it("snaps to whole steps from min and stays inside the range", () => {
    expect(snapToRange(7, range)).toBe(8);
    expect(snapToRange(0, range)).toBe(2);
    expect(snapToRange(99, range)).toBe(30);
    // The last reachable step when max is off the grid.
    expect(snapToRange(31, { min: 1, max: 10, step: 2 })).toBe(9);
  });

  it("steps up and down and stops at the ends", () => {
    expect(stepBy(10, 1, range)).toBe(12);
    expect(stepBy(10, -1, range)).toBe(8);
    expect(stepBy(30, 1, range)).toBe(30);
    expect(stepBy(2, -1, range)).toBe(2);
  });

  it("answers the spinbutton keys and ignores the rest", () => {
    expect(valueForKey("ArrowUp", 10, range)).toBe(12);
    expect(valueForKey("ArrowRight", 10, range)).toBe(12);
    expect(valueForKey("ArrowDown", 10, range)).toBe(8);
    expect(valueForKey("PageUp", 10, range)).toBe(20);
    expect(valueForKey("PageDown", 10, range)).toBe(2);
    expect(valueForKey("Home", 10, range)).toBe(2);
    expect(valueForKey("End", 10, range)).toBe(30);
    expect(valueForKey("Enter", 10, range)).toBeNull();
    expect(valueForKey("a", 10, range)).toBeNull();
  });

  it("says the count with the unit in the right number", () => {
    expect(MINUTES.count(1)).toBe("1 minute");
    expect(MINUTES.count(0)).toBe("0 minutes");
    expect(MINUTES.count(12)).toBe("12 minutes");
  });
});

describe("Stepper", () => {
  const draw = (value: number, onChange = vi.fn()) =>
    renderForTest(<Stepper label="Evening" value={value} min={1} max={20} onChange={onChange} />);

  it("is a fieldset with a spinbutton that its legend names and that says the minutes", () => {
    const { find } = draw(1);
    const legend = find("legend");
    const spin = find("div", (p) => p.role === "spinbutton");
    expect(legend.props.children).toBe("Evening");
    expect(spin.props["aria-labelledby"]).toBe(legend.props.id);
    expect(spin.props).toMatchObject({
      tabIndex: 0,
      "aria-valuenow": 1,
      "aria-valuemin": 1,
      "aria-valuemax": 20,
      "aria-valuetext": "1 minute",
    });
    expect(find("button", (p) => p["aria-label"] === "Fewer minutes").props["aria-disabled"]).toBe(
      "true",
    );
    expect(
      find("button", (p) => p["aria-label"] === "More minutes").props["aria-disabled"],
    ).toBeUndefined();
  });

  it("reads its hint with the value, and has no description without one", () => {
    const { find } = renderForTest(
      <Stepper label="Morning" hint="Before work" value={5} onChange={vi.fn()} />,
    );
    const hint = find("p", (p) => p.class === "field-hint");
    expect(hint.props.children).toBe("Before work");
    expect(find("div", (p) => p.role === "spinbutton").props["aria-describedby"]).toBe(
      hint.props.id,
    );
    const plain = draw(3).find("div", (p) => p.role === "spinbutton");
    expect(plain.props["aria-describedby"]).toBeUndefined();
  });

  it("changes by one with the buttons and not past the ends", () => {
    const onChange = vi.fn();
    const press = (value: number, label: string) => {
      const button = draw(value, onChange).find("button", (p) => p["aria-label"] === label);
      (button.props.onClick as (e: unknown) => void)({ preventDefault() {} });
    };
    press(10, "More minutes");
    press(10, "Fewer minutes");
    press(20, "More minutes");
    press(1, "Fewer minutes");
    expect(onChange.mock.calls).toEqual([[11], [9]]);
  });

  it("takes keys on the spinbutton, keeping Tab and letters for the page", () => {
    const onChange = vi.fn();
    const spin = draw(10, onChange).find("div", (p) => p.role === "spinbutton");
    const key = (k: string) => {
      const e = { key: k, preventDefault: vi.fn() };
      (spin.props.onKeyDown as (e: unknown) => void)(e);
      return e.preventDefault.mock.calls.length;
    };
    expect([key("End"), key("Home"), key("PageUp"), key("Tab"), key("x")]).toEqual([1, 1, 1, 0, 0]);
    expect(onChange.mock.calls).toEqual([[20], [1], [15]]);
  });
});
