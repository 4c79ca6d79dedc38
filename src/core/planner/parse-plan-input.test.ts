import { describe, expect, it } from "vitest";
import { parsePlanInput } from "./parse-plan-input.ts";

const base = { slot: "pm", minutes: 8, medium: "serum", date: "2026-05-20" };

describe("parsePlanInput", () => {
  it("normalises lists: drops duplicates and keeps the canonical order", () => {
    const result = parsePlanInput({
      ...base,
      goals: ["tension", "puffiness", "tension"],
      tools: ["gua-sha", "roller"],
      skipZones: ["mouth", "cheeks"],
      conditions: ["sensitive", "acne-breakout"],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        slot: "pm",
        minutes: 8,
        medium: "serum",
        date: "2026-05-20",
        goals: ["puffiness", "tension"],
        tools: ["roller", "gua-sha"],
        fingersOnly: false,
        skipZones: ["cheeks", "mouth"],
        conditions: ["acne-breakout", "sensitive"],
        injectables: [],
        procedures: [],
        neckCleared: false,
      },
    });
  });

  it("reads fingers only as true or false, absent as false", () => {
    const on = parsePlanInput({ ...base, tools: ["roller"], fingersOnly: true });
    expect(on.ok && [on.value.tools, on.value.fingersOnly]).toEqual([["roller"], true]);
    expect(parsePlanInput({ ...base, fingersOnly: "yes" })).toEqual({
      ok: false,
      error: {
        code: "invalid-input",
        field: "fingersOnly",
        message: 'fingersOnly must be true or false; got "yes"',
      },
    });
  });

  it("keeps a valid age and injectables", () => {
    const result = parsePlanInput({
      ...base,
      age: 61,
      injectables: [{ kind: "filler", zone: "cheeks", date: "2026-05-20" }],
    });
    expect(result.ok && result.value.age).toBe(61);
    expect(result.ok && result.value.injectables).toEqual([
      { kind: "filler", zone: "cheeks", date: "2026-05-20" },
    ]);
  });

  it.each([
    [null, "input"],
    [[], "input"],
    ["pm", "input"],
    [{ ...base, slot: "noon" }, "slot"],
    [{ ...base, slot: undefined }, "slot"],
    [{ ...base, minutes: 0 }, "minutes"],
    [{ ...base, minutes: 21 }, "minutes"],
    [{ ...base, minutes: 2.5 }, "minutes"],
    [{ ...base, minutes: "5" }, "minutes"],
    [{ ...base, minutes: Number.NaN }, "minutes"],
    [{ ...base, medium: undefined }, "medium"],
    [{ ...base, medium: "water" }, "medium"],
    [{ ...base, date: "2026-02-30" }, "date"],
    [{ ...base, date: undefined }, "date"],
    [{ ...base, goals: "glow" }, "goals"],
    [{ ...base, goals: ["glow", "youth"] }, "goals"],
    [{ ...base, tools: ["spoon"] }, "tools"],
    [{ ...base, fingersOnly: 1 }, "fingersOnly"],
    [{ ...base, skipZones: ["nose"] }, "skipZones"],
    [{ ...base, conditions: ["flu"] }, "conditions"],
    [{ ...base, age: 0 }, "age"],
    [{ ...base, age: 121 }, "age"],
    [{ ...base, age: "40" }, "age"],
    [{ ...base, injectables: {} }, "injectables"],
    [{ ...base, injectables: ["botox"] }, "injectables[0]"],
    [
      { ...base, injectables: [{ kind: "laser", zone: "cheeks", date: "2026-05-01" }] },
      "injectables[0].kind",
    ],
    [
      { ...base, injectables: [{ kind: "botox", zone: "nose", date: "2026-05-01" }] },
      "injectables[0].zone",
    ],
    [
      { ...base, injectables: [{ kind: "botox", zone: "brows", date: "May 1" }] },
      "injectables[0].date",
    ],
    [
      { ...base, injectables: [{ kind: "botox", zone: "brows", date: "2026-05-21" }] },
      "injectables[0].date",
    ],
    [{ ...base, goal: ["glow"] }, "input"],
    [
      { ...base, injectables: [{ kind: "botox", zone: "brows", date: "2026-05-01", dose: 20 }] },
      "injectables[0]",
    ],
    [{ ...base, procedures: [{ kind: "ipl", date: "2026-05-01", note: "x" }] }, "procedures[0]"],
    [{ ...base, goals: Array.from({ length: 11 }, () => "glow") }, "goals"],
    [
      {
        ...base,
        injectables: Array.from({ length: 51 }, () => ({
          kind: "botox",
          zone: "brows",
          date: "2026-05-01",
        })),
      },
      "injectables",
    ],
    [{ ...base, procedures: Array.from({ length: 51 }, () => ({})) }, "procedures"],
  ])("%j is refused naming %s", (input, field) => {
    const result = parsePlanInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("invalid-input");
      expect(result.error.field).toBe(field);
      expect(result.error.message.startsWith(field === "input" ? "the plan input" : field)).toBe(
        true,
      );
    }
  });

  it("names the known fields when one is not", () => {
    const result = parsePlanInput({ ...base, goal: ["glow"] });
    expect(result.ok ? "" : result.error.message).toBe(
      'the plan input has an unknown field "goal"; known fields: slot, minutes, goals, tools, fingersOnly, skipZones, conditions, injectables, procedures, neckCleared, maxPressure, age, medium, date',
    );
    const long = parsePlanInput({ ...base, goals: Array.from({ length: 11 }, () => "glow") });
    expect(long.ok ? "" : long.error.message).toBe("goals must hold at most 10 items; got 11");
  });

  it("names the choices in the message", () => {
    const result = parsePlanInput({ ...base, goals: ["youth"] });
    expect(result.ok ? "" : result.error.message).toBe(
      'goals[0] must be one of puffiness, glow, firmness, tension, absorption; got "youth"',
    );
  });
});
