import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { ZoneId } from "../model/zones.ts";
import { planSession } from "./plan-session.ts";
import type { Plan, PlanInput } from "./plan-types.ts";

const en = translatorFor("en");

const plan = (input: Partial<PlanInput>): Plan => {
  const result = planSession(
    {
      slot: "am",
      minutes: 5,
      medium: "serum",
      date: "2026-03-02",
      ...input,
    },
    en,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
};

/** zone, side, technique, pressure, seconds, sections, reps */
const summary = (p: Plan) =>
  p.steps.map((s) => [s.zone, s.side, s.technique, s.pressure, s.seconds, s.sections, s.reps]);
const zones = (p: Plan): ReadonlySet<ZoneId> => new Set(p.steps.map((s) => s.zone));

describe("planSession examples", () => {
  it("plans a five-minute morning of strokes and circles, ending on the neck", () => {
    const p = plan({});
    expect(p.order).toBe("wake-up");
    expect(p.verdict).toBe("ok");
    expect(p.totalSeconds).toBe(300);
    expect(summary(p)).toEqual([
      ["chin-jawline", "both", "strokes", 2, 32, 2, 16],
      ["mouth", "center", "strokes", 1, 23, 2, 11],
      ["cheeks", "both", "strokes", 2, 40, 3, 13],
      ["under-cheekbone", "both", "strokes", 2, 32, 1, 32],
      ["nose-sides", "both", "small-circles", 1, 23, 1, 23],
      ["under-eyes", "both", "small-circles", 1, 32, 1, 32],
      ["brows", "both", "pressure-points", 2, 23, 1, 4],
      ["forehead", "center", "strokes", 2, 32, 3, 10],
      ["temples", "both", "small-circles", 2, 32, 1, 32],
      ["neck-sides", "both", "strokes", 1, 31, 2, 15],
    ]);
  });

  it("plans a one-minute evening as collarbone, the node in front of the ear, face, neck", () => {
    const p = plan({ slot: "pm", minutes: 1, date: "2026-03-03" });
    expect(p.order).toBe("drainage");
    expect(summary(p)).toEqual([
      ["collarbone", "both", "stationary-circles", 1, 15, 1, 7],
      ["jaw-angle", "both", "stationary-circles", 1, 15, 1, 7],
      ["temples", "both", "small-circles", 1, 15, 1, 15],
      ["neck-sides", "both", "strokes", 1, 15, 2, 7],
    ]);
    expect(p.steps[3]?.direction).toBe("down from the ear to the collarbone");
  });

  it("uses each owned tool in lines and passes, and keeps firm work until the face is drained", () => {
    const p = plan({
      slot: "pm",
      minutes: 8,
      goals: ["puffiness", "tension"],
      tools: ["roller", "gua-sha"],
    });
    expect(summary(p)).toEqual([
      ["collarbone", "both", "stationary-circles", 1, 20, 1, 10],
      ["neck-sides", "both", "strokes", 1, 45, 2, 22],
      ["jaw-angle", "both", "stationary-circles", 1, 20, 1, 10],
      ["nose-sides", "both", "small-circles", 1, 38, 1, 38],
      ["cheeks", "left", "gua-sha", 1, 30, 3, 5],
      ["cheeks", "right", "gua-sha", 1, 30, 3, 5],
      ["under-eyes", "both", "small-circles", 1, 45, 1, 45],
      ["under-eyes", "left", "roller", 1, 16, 1, 8],
      ["under-eyes", "right", "roller", 1, 16, 1, 8],
      ["jaw-angle", "both", "stationary-circles", 1, 20, 1, 10],
      ["temples", "both", "pressure-points", 3, 45, 1, 9],
      ["masseter", "left", "kneading", 3, 45, 1, undefined],
      ["masseter", "right", "kneading", 3, 45, 1, undefined],
      ["neck-sides", "both", "strokes", 1, 45, 2, 22],
      ["collarbone", "both", "stationary-circles", 1, 20, 1, 10],
    ]);
  });

  it("leaves the tools out when asked for fingers only", () => {
    const p = plan({ slot: "pm", minutes: 8, tools: ["roller", "gua-sha"], fingersOnly: true });
    expect(new Set(p.steps.map((s) => s.tool))).toEqual(new Set(["fingers"]));
    expect(p.totalSeconds).toBe(480);
  });

  it("changes zones and movements with the goal, not only seconds", () => {
    const tension = plan({ slot: "pm", minutes: 10, goals: ["tension"] });
    const puffiness = plan({ slot: "pm", minutes: 10, goals: ["puffiness"] });
    const none = plan({ slot: "pm", minutes: 10 });
    const masseter = (p: Plan) => p.steps.filter((s) => s.zone === "masseter");
    expect(masseter(tension).map((s) => [s.technique, s.side, s.pressure])).toEqual([
      ["kneading", "left", 3],
      ["kneading", "right", 3],
    ]);
    expect(masseter(puffiness)).toEqual([]);
    expect(puffiness.steps.filter((s) => s.zone === "jaw-angle")).toHaveLength(2);
    expect(none.steps.filter((s) => s.zone === "jaw-angle")).toHaveLength(1);
    expect(zones(tension).has("chin-jawline")).toBe(false);
    expect(zones(none).has("chin-jawline")).toBe(true);
  });

  it("turns movements and tool places over a three-day rotation, the same within a day", () => {
    const day = (date: string) =>
      plan({ slot: "pm", minutes: 10, tools: ["roller", "gua-sha"], date })
        .steps.filter((s) => s.tool !== "fingers" || s.zone === "brows")
        .map((s) => `${s.zone} ${s.technique}`);
    expect([...new Set(day("2026-03-02"))]).toEqual([
      "chin-jawline gua-sha",
      "cheeks roller",
      "brows pressure-points",
    ]);
    expect([...new Set(day("2026-03-03"))]).toEqual([
      "chin-jawline gua-sha",
      "brows pinch",
      "forehead roller",
    ]);
    expect([...new Set(day("2026-03-04"))]).toEqual(["forehead gua-sha", "neck-sides roller"]);
    expect(day("2026-03-05")).toEqual(day("2026-03-02"));
  });

  it("adds the shoulders on the weekly session only", () => {
    expect(zones(plan({ slot: "weekly", minutes: 12 })).has("shoulders")).toBe(true);
    expect(zones(plan({ slot: "pm", minutes: 12, goals: ["tension"] })).has("shoulders")).toBe(
      false,
    );
    expect(zones(plan({ slot: "am", minutes: 12 })).has("shoulders")).toBe(false);
  });

  it("stops with no steps when the screen stops", () => {
    const p = plan({ conditions: ["infection"] });
    expect(p.verdict).toBe("stop");
    expect(p.steps).toEqual([]);
    expect(p.totalSeconds).toBe(0);
    expect(p.reasons.map((r) => r.code)).toEqual(["infection"]);
    expect(plan({ medium: "none" }).reasons.map((r) => r.code)).toEqual(["needs-medium"]);
  });

  it("stops with a reason when every zone is left out", () => {
    const everything: ZoneId[] = [
      "collarbone",
      "neck-sides",
      "jaw-angle",
      "chin-jawline",
      "masseter",
      "cheeks",
      "under-cheekbone",
      "nose-sides",
      "under-eyes",
      "brows",
      "forehead",
      "temples",
      "mouth",
    ];
    const p = plan({ slot: "pm", skipZones: everything });
    expect(p.verdict).toBe("stop");
    expect(p.steps).toEqual([]);
    expect(p.reasons.map((r) => r.code)).toEqual(["nothing-to-plan"]);
  });

  it("skips zones with a recent injection and says until when", () => {
    const p = plan({ injectables: [{ kind: "botox", zone: "forehead", date: "2026-02-27" }] });
    expect(p.verdict).toBe("adjusted");
    // Forehead Botox five days ago: the brows and temples beside it are left out too.
    expect(p.excludedZones).toEqual(["brows", "forehead", "temples"]);
    expect(p.steps.some((s) => p.excludedZones.includes(s.zone))).toBe(false);
    expect(p.reasons[0]?.message).toContain("until 13 March 2026");
  });

  it("keeps rosacea plans gentle and tool-free", () => {
    const p = plan({
      slot: "weekly",
      minutes: 20,
      conditions: ["rosacea"],
      tools: ["roller", "gua-sha"],
    });
    expect(p.steps.every((s) => s.tool === "fingers" && s.pressure <= 2)).toBe(true);
    expect(
      p.steps
        .filter((s) => s.zone === "cheeks" || s.zone === "nose-sides")
        .every((s) => s.pressure === 1),
    ).toBe(true);
    expect(p.steps.some((s) => s.technique === "tap" || s.technique === "pinch")).toBe(false);
  });

  it("leaves out gua sha with blood thinners but keeps the roller", () => {
    const p = plan({
      slot: "pm",
      minutes: 10,
      conditions: ["blood-thinners"],
      tools: ["gua-sha", "roller"],
      date: "2026-03-03",
    });
    expect(p.steps.some((s) => s.tool === "gua-sha")).toBe(false);
    expect(p.steps.some((s) => s.tool === "roller")).toBe(true);
  });

  it("notes when the drainage path cannot be opened", () => {
    const p = plan({ slot: "pm", skipZones: ["collarbone"], conditions: ["thyroid"] });
    expect(p.notes.map((n) => n.code)).toEqual(["drainage-incomplete"]);
    expect(zones(p).has("collarbone") || zones(p).has("neck-sides")).toBe(false);
  });

  it("gives no step more than it can use, and says so when the areas left cannot fill the time", () => {
    const onlyNeck: ZoneId[] = [
      "chin-jawline",
      "masseter",
      "cheeks",
      "under-cheekbone",
      "nose-sides",
      "under-eyes",
      "brows",
      "forehead",
      "temples",
      "mouth",
      "jaw-angle",
    ];
    const p = plan({ minutes: 20, skipZones: onlyNeck });
    expect(summary(p)).toEqual([["neck-sides", "both", "strokes", 1, 90, 2, 45]]);
    expect(p.totalSeconds).toBe(90);
    expect(p.notes).toEqual([
      {
        code: "shortened",
        message:
          "The one movement left today already gets as long as is useful, so this session lasts 1 minute and 30 seconds instead of 20 minutes. Longer on the same areas would only repeat them.",
      },
    ]);
    expect(plan({ minutes: 20 }).notes).toEqual([]);
  });

  it("says plainly that massage does not help absorption, and plans as without the goal", () => {
    const p = plan({ goals: ["absorption"] });
    expect(p.notes.map((n) => n.code)).toEqual(["absorption-evidence"]);
    expect(p.steps).toEqual(plan({}).steps);
  });

  it("returns an error value naming the field instead of throwing", () => {
    expect(
      planSession({ slot: "am", minutes: 0, medium: "serum", date: "2026-03-02" }, en),
    ).toEqual({
      ok: false,
      error: {
        code: "invalid-input",
        field: "minutes",
        message: "minutes must be a whole number from 1 to 20; got 0",
      },
    });
  });
});
