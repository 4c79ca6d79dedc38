import { describe, expect, it, vi } from "vitest";
import { renderForTest } from "./render-for-test.test-support.ts";
import { fillPercent, Slider } from "./slider.tsx";

describe("Slider", () => {
  it("fills the track up to the value", () => {
    expect(fillPercent(0.7, 0, 1)).toBe("70%");
    expect(fillPercent(1, 0.5, 1.5)).toBe("50%");
    expect(fillPercent(9, 0, 3)).toBe("100%");
    expect(fillPercent(1, 1, 1)).toBe("0%");
  });

  it("is a labelled native range that says its value in words", () => {
    const onInput = vi.fn();
    const { find, html } = renderForTest(
      <Slider
        label="Volume"
        value={0.7}
        min={0}
        max={1}
        step={0.1}
        format={(v) => `${Math.round(v * 100)}%`}
        ends={["Quiet", "Loud"]}
        onInput={onInput}
      />,
    );
    const input = find("input");
    expect(input.props).toMatchObject({ type: "range", min: 0, max: 1, step: 0.1, value: 0.7 });
    expect(input.props["aria-valuetext"]).toBe("70%");
    expect(input.props.style).toEqual({ "--slider-fill": "70%" });
    expect(find("label").props.for).toBe(input.props.id);
    expect(html).toContain("Quiet");
    (input.props.onInput as (e: unknown) => void)({ currentTarget: { value: "0.4" } });
    expect(onInput).toHaveBeenCalledWith(0.4);
  });
});
