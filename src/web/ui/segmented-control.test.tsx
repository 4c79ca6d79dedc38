import { describe, expect, it, vi } from "vitest";
import { Sun, Sunrise } from "./icons.ts";
import { renderForTest } from "./render-for-test.test-support.ts";
import { SegmentedControl } from "./segmented-control.tsx";

const options = [
  { value: "morning", label: "Morning", icon: Sunrise },
  { value: "evening", label: "Evening", icon: Sun, description: "after 6 pm" },
] as const;

describe("SegmentedControl", () => {
  it("is a fieldset of native radios sharing one name, the chosen one checked", () => {
    const { html, elements } = renderForTest(
      <SegmentedControl
        legend="Routine"
        name="slot"
        options={options}
        value="evening"
        onChange={() => {}}
      />,
    );
    expect(html).toMatch(
      /^<fieldset class="choice-group segmented"><legend class="choice-group__legend">Routine<\/legend>/,
    );
    const radios = elements.filter((e) => e.type === "input");
    expect(radios.map((r) => [r.props.type, r.props.name, r.props.value, r.props.checked])).toEqual(
      [
        ["radio", "slot", "morning", false],
        ["radio", "slot", "evening", true],
      ],
    );
    expect(html).toContain('<span class="visually-hidden">, after 6 pm</span>');
  });

  it("checks nothing while no value is chosen, and reports the value chosen", () => {
    const onChange = vi.fn();
    const { elements, find } = renderForTest(
      <SegmentedControl legend="Routine" options={options} value={null} onChange={onChange} />,
    );
    const radios = elements.filter((e) => e.type === "input");
    expect(radios.map((r) => r.props.checked)).toEqual([false, false]);
    // A made name, the same for both: one group for the arrow keys.
    expect(radios[0]?.props.name).toBeTruthy();
    expect(radios[1]?.props.name).toBe(radios[0]?.props.name);
    (find("input", (p) => p.value === "evening").props.onChange as () => void)();
    expect(onChange).toHaveBeenCalledWith("evening");
  });

  it("can keep its legend for screen readers only, and shows hint and error", () => {
    const { html, find } = renderForTest(
      <SegmentedControl
        legend="Routine"
        hideLegend
        hint="Pick one"
        error="Choose a routine"
        options={options}
        value={null}
        onChange={() => {}}
      />,
    );
    expect(html).toContain('<legend class="visually-hidden">Routine</legend>');
    const described = String(find("fieldset").props["aria-describedby"]).split(" ");
    expect(described).toHaveLength(2);
    expect(find("p", (p) => p.id === described[0]).props.class).toBe("field-hint");
    expect(find("p", (p) => p.id === described[1]).props.class).toBe("inline-error");
  });
});
