import { describe, expect, it } from "vitest";
import type { RoutineStepEntry } from "../../core/setup/routine-body.ts";
import { addStep, moveStep, moveStepTo, removeStep } from "./edit-steps.ts";

const am: readonly RoutineStepEntry[] = [
  { kind: "cleanser" },
  { kind: "serum" },
  { kind: "massage" },
  { kind: "moisturizer" },
  { kind: "sunscreen" },
];

describe("routine edits", () => {
  it("refuses a move that breaks the composer's rules, with its reason", () => {
    expect(moveStep(am, "am", 2, -1)).toEqual({
      ok: false,
      reason: "The massage comes after a serum, oil or moisturizer: never on dry skin.",
    });
    expect(moveStep(am, "am", 4, -1)).toEqual({
      ok: false,
      reason: "Sunscreen goes on last, over everything else.",
    });
  });

  it("allows a move the rules accept", () => {
    const withToner: readonly RoutineStepEntry[] = [
      { kind: "cleanser" },
      { kind: "toner" },
      { kind: "essence" },
      { kind: "serum" },
      { kind: "massage" },
    ];
    const moved = moveStep(withToner, "pm", 2, -1);
    expect(moved.ok && moved.steps.map((s) => s.kind)).toEqual([
      "cleanser",
      "essence",
      "toner",
      "serum",
      "massage",
    ]);
  });

  it("moves a step several places at once, as a drag drops it, under the same rules", () => {
    const pm: readonly RoutineStepEntry[] = [
      { kind: "cleanser" },
      { kind: "toner" },
      { kind: "essence" },
      { kind: "mask" },
      { kind: "serum" },
      { kind: "massage" },
    ];
    const moved = moveStepTo(pm, "pm", 1, 3);
    expect(moved.ok && moved.steps.map((s) => s.kind)).toEqual([
      "cleanser",
      "essence",
      "mask",
      "toner",
      "serum",
      "massage",
    ]);
    expect(moveStepTo(pm, "pm", 1, 4)).toEqual({
      ok: false,
      reason: expect.stringMatching(/./),
    });
    expect(moveStepTo(am, "am", 4, 0)).toEqual({
      ok: false,
      reason: "Cleanse first: everything else goes on a clean face.",
    });
    expect(moveStepTo(am, "am", 0, 9)).toEqual({ ok: false, reason: "There is no such place." });
  });

  it("adds a product in its place and refuses one the slot cannot take", () => {
    const added = addStep(am, "am", { kind: "toner", name: "Rose water" });
    expect(added.ok && added.steps.map((s) => s.kind)).toEqual([
      "cleanser",
      "toner",
      "serum",
      "massage",
      "moisturizer",
      "sunscreen",
    ]);
    expect(addStep([{ kind: "massage" }], "pm", { kind: "sunscreen" })).toEqual({
      ok: false,
      reason: "Sunscreen belongs to the morning routine.",
    });
  });

  it("adds an active after the massage, after the actives already there", () => {
    const withC = addStep(am, "am", { kind: "vitamin-c" });
    expect(withC.ok && withC.steps.map((s) => s.kind)).toEqual([
      "cleanser",
      "serum",
      "massage",
      "vitamin-c",
      "moisturizer",
      "sunscreen",
    ]);
    const pm: readonly RoutineStepEntry[] = [
      { kind: "cleanser" },
      { kind: "moisturizer" },
      { kind: "massage" },
      { kind: "exfoliating-acid" },
      { kind: "cream" },
    ];
    const added = addStep(pm, "pm", { kind: "retinoid", name: "Tretinoin" });
    expect(added.ok && added.steps).toEqual([
      { kind: "cleanser" },
      { kind: "moisturizer" },
      { kind: "massage" },
      { kind: "exfoliating-acid" },
      { kind: "retinoid", name: "Tretinoin" },
      { kind: "cream" },
    ]);
    expect(addStep(am, "am", { kind: "retinoid" })).toEqual({
      ok: false,
      reason: "A retinoid belongs to the evening routine: daylight breaks it down.",
    });
  });

  it("refuses to move an active in front of the massage", () => {
    const pm: readonly RoutineStepEntry[] = [
      { kind: "cleanser" },
      { kind: "serum" },
      { kind: "massage" },
      { kind: "retinoid" },
    ];
    const moved = moveStep(pm, "pm", 3, -1);
    expect(moved.ok ? "" : moved.reason).toMatch(/^Retinoids, acids, vitamin C/);
  });

  it("keeps the massage and removes products", () => {
    expect(removeStep(am, "am", 2).ok).toBe(false);
    const removed = removeStep(am, "am", 3);
    expect(removed.ok && removed.steps.map((s) => s.kind)).toEqual([
      "cleanser",
      "serum",
      "massage",
      "sunscreen",
    ]);
  });
});
