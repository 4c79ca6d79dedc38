import { describe, expect, it, vi } from "vitest";
import { ChoiceChips, SingleChoiceChips } from "./choice-chips.tsx";
import { toggleChoice } from "./choice-toggle.ts";
import { renderForTest } from "./render-for-test.test-support.ts";

const all = ["botox", "fillers", "threads", "none"] as const;

describe("toggleChoice", () => {
  it("adds and removes, keeping the options' order", () => {
    expect(toggleChoice(all, ["threads"], "botox", true)).toEqual(["botox", "threads"]);
    expect(toggleChoice(all, ["botox", "threads"], "botox", false)).toEqual(["threads"]);
    expect(toggleChoice(all, ["botox"], "botox", true)).toEqual(["botox"]);
  });

  it("lets the exclusive value clear the others, and another clear it", () => {
    expect(toggleChoice(all, ["botox", "fillers"], "none", true, "none")).toEqual(["none"]);
    expect(toggleChoice(all, ["none"], "fillers", true, "none")).toEqual(["fillers"]);
    expect(toggleChoice(all, ["none"], "none", false, "none")).toEqual([]);
  });
});

describe("ChoiceChips", () => {
  const options = all.map((value) => ({ value, label: value[0]?.toUpperCase() + value.slice(1) }));

  it("is a fieldset of native checkboxes, the chosen ones checked and ticked", () => {
    const { elements, html } = renderForTest(
      <ChoiceChips
        legend="Treatments"
        options={options}
        values={["fillers"]}
        onChange={() => {}}
      />,
    );
    const boxes = elements.filter((e) => e.type === "input");
    expect(boxes.map((b) => [b.props.type, b.props.value, b.props.checked])).toEqual([
      ["checkbox", "botox", false],
      ["checkbox", "fillers", true],
      ["checkbox", "threads", false],
      ["checkbox", "none", false],
    ]);
    expect(elements.filter((e) => e.type === "svg")).toHaveLength(1);
    expect(html).toContain("<legend");
  });

  it("reports the whole new choice when a chip changes", () => {
    const onChange = vi.fn();
    const { find } = renderForTest(
      <ChoiceChips
        legend="Treatments"
        options={options}
        values={["botox", "fillers"]}
        exclusive="none"
        onChange={onChange}
      />,
    );
    const none = find("input", (p) => p.value === "none");
    (none.props.onChange as (e: unknown) => void)({ currentTarget: { checked: true } });
    expect(onChange).toHaveBeenCalledWith(["none"]);
  });
});

describe("SingleChoiceChips", () => {
  const options = ["", "drainage", "tools"].map((value) => ({ value, label: value || "All" }));

  it("is one group of native radios, only the chosen one checked and ticked", () => {
    const { elements } = renderForTest(
      <SingleChoiceChips
        legend="Topic"
        name="topic"
        options={options}
        value="drainage"
        onChange={() => {}}
      />,
    );
    const radios = elements.filter((e) => e.type === "input");
    expect(radios.map((r) => [r.props.type, r.props.name, r.props.value, r.props.checked])).toEqual(
      [
        ["radio", "topic", "", false],
        ["radio", "topic", "drainage", true],
        ["radio", "topic", "tools", false],
      ],
    );
    expect(elements.filter((e) => e.type === "svg")).toHaveLength(1);
  });

  it("reports the chip chosen", () => {
    const onChange = vi.fn();
    const { find } = renderForTest(
      <SingleChoiceChips
        legend="Topic"
        name="topic"
        options={options}
        value=""
        onChange={onChange}
      />,
    );
    (find("input", (p) => p.value === "tools").props.onChange as (e: unknown) => void)({
      currentTarget: { checked: true },
    });
    expect(onChange).toHaveBeenCalledWith("tools");
  });
});
