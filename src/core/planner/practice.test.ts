import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { TECHNIQUE_IDS } from "../model/techniques.ts";
import type { ZoneId } from "../model/zones.ts";
import type { SafetyProfile } from "../safety/profile.ts";
import { screen } from "../safety/screen.ts";
import type { LocalDate } from "../time/local-date.ts";
import { practicePlan, practiceZones, screenedPracticePlan } from "./practice.ts";

const en = translatorFor("en");

describe("practicePlan", () => {
  it("picks face zones where the technique is usual first", () => {
    expect(practiceZones("strokes")).toEqual(["chin-jawline", "cheeks"]);
    expect(practiceZones("tap")).toEqual(["under-eyes", "forehead"]);
    expect(practiceZones("pinch")).toEqual(["brows"]);
    expect(practiceZones("kneading")).toEqual(["masseter"]);
    expect(practiceZones("gua-sha")).toEqual(["cheeks"]);
    expect(practiceZones("roller")).toEqual(["cheeks"]);
  });

  it("splits a one-side-at-a-time technique into left and right halves", () => {
    const plan = practicePlan("kneading", en);
    expect(plan.steps.map((s) => [s.zone, s.side, s.seconds, s.pressure])).toEqual([
      ["masseter", "left", 30, 3],
      ["masseter", "right", 30, 3],
    ]);
    expect(plan.steps[1]?.cues[0]?.kind).toBe("switch-side");
  });

  it("keeps gua sha on the jawline at the lightest pressure, in whole strokes along its lines", () => {
    expect(
      practicePlan("gua-sha", en, "chin-jawline").steps.map((s) => [
        s.side,
        s.pressure,
        s.seconds,
        s.sections,
        s.reps,
      ]),
    ).toEqual([
      ["left", 1, 20, 2, 5],
      ["right", 1, 20, 2, 5],
    ]);
  });

  it("goes round stationary circles again rather than past ten at one station", () => {
    expect(
      practicePlan("stationary-circles", en).steps.map((s) => [s.zone, s.seconds, s.reps]),
    ).toEqual([
      ["jaw-angle", 20, 10],
      ["collarbone", 20, 10],
      ["jaw-angle", 20, 10],
    ]);
  });

  it("fills exactly one minute for every technique, with cues inside each step", () => {
    for (const id of TECHNIQUE_IDS) {
      const plan = practicePlan(id, en);
      expect(plan.totalSeconds, id).toBe(60);
      expect(
        plan.steps.reduce((t, s) => t + s.seconds, 0),
        id,
      ).toBe(60);
      for (const s of plan.steps) {
        expect(s.technique).toBe(id);
        expect(s.cues.every((c) => c.at < s.seconds)).toBe(true);
      }
    }
  });

  it("counts repetitions along each line at the technique's pace", () => {
    expect(practicePlan("strokes", en).steps.map((s) => [s.zone, s.sections, s.reps])).toEqual([
      ["chin-jawline", 2, 15],
      ["cheeks", 3, 10],
    ]);
    expect(practicePlan("roller", en).steps.map((s) => [s.sections, s.reps])).toEqual([
      [3, 5],
      [3, 5],
    ]);
    expect(practicePlan("tap", en).steps.map((s) => s.reps)).toEqual([undefined, undefined]);
  });

  it("gives the whole minute to a chosen zone that allows the technique, and ignores one that does not", () => {
    expect(
      practicePlan("tap", en, "forehead").steps.map((s) => [s.zone, s.side, s.seconds]),
    ).toEqual([["forehead", "center", 60]]);
    expect(practicePlan("roller", en, "cheeks").steps.map((s) => [s.zone, s.side])).toEqual([
      ["cheeks", "left"],
      ["cheeks", "right"],
    ]);
    expect(practicePlan("kneading", en, "forehead").steps.map((s) => s.zone)).toEqual([
      "masseter",
      "masseter",
    ]);
  });
});

describe("screenedPracticePlan", () => {
  const day = "2026-11-25" as LocalDate;
  const person = (over: Partial<SafetyProfile>): SafetyProfile => ({
    conditions: [],
    injectables: [],
    skipZones: [],
    medium: "serum",
    ...over,
  });

  it("refuses any practice on a stop answer, with the screen's own reasons", () => {
    const s = screen(person({ conditions: ["blood-clot"] }), day, en);
    const r = screenedPracticePlan("strokes", undefined, s, en);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reasons).toEqual(s.reasons.map((x) => x.message));
  });

  it("refuses a technique ruled out for the person (pinching with rosacea)", () => {
    const r = screenedPracticePlan(
      "pinch",
      undefined,
      screen(person({ conditions: ["rosacea"] }), day, en),
      en,
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reasons[0]).toBe("Light pinching is not part of your sessions right now.");
  });

  it("refuses gua sha with blood thinners", () => {
    const r = screenedPracticePlan(
      "gua-sha",
      undefined,
      screen(person({ conditions: ["blood-thinners"] }), day, en),
      en,
    );
    expect(r.ok).toBe(false);
  });

  it("leaves out zones skipped today and refuses when none is left", () => {
    const zones = practicePlan("strokes", en).steps.map((st) => st.zone);
    const first = zones[0] as ZoneId;
    const some = screenedPracticePlan(
      "strokes",
      undefined,
      screen(person({ skipZones: [first] }), day, en),
      en,
    );
    expect(some.ok && some.plan.steps.map((st) => st.zone).includes(first)).toBe(false);
    expect(some.ok && some.plan.totalSeconds).toBe(60);
    const none = screenedPracticePlan(
      "strokes",
      undefined,
      screen(person({ skipZones: zones }), day, en),
      en,
    );
    expect(none).toEqual({
      ok: false,
      reasons: ["The areas strokes works are left out for you today."],
    });
  });

  it("keeps pressure within the person's limits (sensitive skin: at most 2)", () => {
    const r = screenedPracticePlan(
      "kneading",
      "masseter",
      screen(person({ conditions: ["sensitive"] }), day, en),
      en,
    );
    expect(r.ok).toBe(true);
    expect(r.ok && Math.max(...r.plan.steps.map((st) => st.pressure))).toBeLessThanOrEqual(2);
    expect(practicePlan("kneading", en, "masseter").steps[0]?.pressure).toBe(3);
  });
});
