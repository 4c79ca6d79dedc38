import { describe, expect, it } from "vitest";
import { parsePlanInput } from "../planner/parse-plan-input.ts";

const base = { slot: "pm", minutes: 6, medium: "serum", date: "2026-05-20" };
const field = (extra: Record<string, unknown>) => {
  const result = parsePlanInput({ ...base, ...extra });
  return result.ok ? "" : `${result.error.field}: ${result.error.message}`;
};

describe("plan input: procedures, neck clearance, pressure ceiling", () => {
  it("reads procedures, keeping `cleared` only when it is true", () => {
    const result = parsePlanInput({
      ...base,
      procedures: [
        { kind: "ipl", date: "2026-05-10" },
        { kind: "surgery", date: "2026-01-05", cleared: true },
        { kind: "peel-deep", date: "2026-02-01", cleared: false },
      ],
      neckCleared: true,
      maxPressure: 2,
    });
    expect(result.ok && result.value.procedures).toEqual([
      { kind: "ipl", date: "2026-05-10" },
      { kind: "surgery", date: "2026-01-05", cleared: true },
      { kind: "peel-deep", date: "2026-02-01" },
    ]);
    expect(result.ok && [result.value.neckCleared, result.value.maxPressure]).toEqual([true, 2]);
  });

  it("defaults to no procedures, no clearance and no ceiling", () => {
    const result = parsePlanInput(base);
    expect(result.ok && result.value.procedures).toEqual([]);
    expect(result.ok && result.value.neckCleared).toBe(false);
    expect(result.ok && "maxPressure" in result.value).toBe(false);
  });

  it.each([
    [{ procedures: "ipl" }, 'procedures: procedures must be a list; got "ipl"'],
    [
      { procedures: [3] },
      "procedures[0]: procedures[0] must be an object with kind and date; got 3",
    ],
    [
      { procedures: [{ kind: "facial", date: "2026-05-01" }] },
      'procedures[0].kind: procedures[0].kind must be one of peel-superficial, peel-medium, peel-deep, laser-ablative, laser-nonablative, ipl, microneedling, surgery, blepharoplasty, thread-lift; got "facial"',
    ],
    [
      { procedures: [{ kind: "ipl", date: "2026-02-30" }] },
      'procedures[0].date: procedures[0].date must be a real date written yyyy-MM-dd; got "2026-02-30"',
    ],
    [
      { procedures: [{ kind: "ipl", date: "2026-05-21" }] },
      "procedures[0].date: procedures[0].date (2026-05-21) is after the session date (2026-05-20)",
    ],
    [
      { procedures: [{ kind: "ipl", date: "2026-05-01", cleared: true }] },
      "procedures[0].cleared: procedures[0].cleared applies only to peel-deep, laser-ablative, surgery, blepharoplasty; after ipl the pause ends by its dates",
    ],
    [
      { procedures: [{ kind: "surgery", date: "2026-05-01", cleared: "yes" }] },
      "procedures[0].cleared: procedures[0].cleared must be true or false",
    ],
    [{ neckCleared: "yes" }, 'neckCleared: neckCleared must be true or false; got "yes"'],
    [{ maxPressure: 4 }, "maxPressure: maxPressure must be a whole number from 1 to 3; got 4"],
  ])("refuses %j naming the field", (extra, expected) => {
    expect(field(extra)).toBe(expected);
  });
});
