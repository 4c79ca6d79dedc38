import { describe, expect, it } from "vitest";
import type { ZoneId } from "../model/zones.ts";
import { planSession } from "./plan-session.ts";
import type { Plan, PlanInput } from "./plan-types.ts";

const plan = (input: Partial<PlanInput>): Plan => {
  const result = planSession({
    slot: "am",
    minutes: 5,
    medium: "serum",
    date: "2026-03-02",
    ...input,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
};

const summary = (p: Plan) =>
  p.steps.map((s) => [s.zone, s.side, s.technique, s.pressure, s.seconds]);
const secondsIn = (p: Plan, zones: readonly ZoneId[]) =>
  p.steps.filter((s) => zones.includes(s.zone)).reduce((sum, s) => sum + s.seconds, 0);

describe("planSession examples", () => {
  it("plans a five-minute morning of strokes and circles, ending on the neck", () => {
    const p = plan({});
    expect(p.order).toBe("wake-up");
    expect(p.verdict).toBe("ok");
    expect(p.totalSeconds).toBe(300);
    expect(summary(p)).toEqual([
      ["chin-jawline", "both", "strokes", 2, 38],
      ["cheeks", "both", "strokes", 2, 48],
      ["under-cheekbone", "both", "strokes", 2, 38],
      ["under-eyes", "both", "tap", 1, 38],
      ["forehead", "center", "strokes", 2, 37],
      ["temples", "both", "small-circles", 2, 37],
      ["masseter", "both", "small-circles", 2, 37],
      ["neck-sides", "both", "strokes", 1, 27],
    ]);
    expect(p.steps[1]?.reps).toBe(48);
  });

  it("plans a one-minute evening as open, face, close", () => {
    const p = plan({ slot: "pm", minutes: 1, date: "2026-03-03" });
    expect(p.order).toBe("drainage");
    expect(summary(p)).toEqual([
      ["collarbone", "both", "stationary-circles", 1, 19],
      ["cheeks", "both", "strokes", 1, 23],
      ["neck-sides", "both", "strokes", 1, 18],
    ]);
    expect(p.steps[2]?.direction).toBe("down from the ear to the collarbone");
  });

  it("uses owned tools on the evening cheeks and forehead, one side at a time on the cheeks", () => {
    const p = plan({
      slot: "pm",
      minutes: 8,
      goals: ["puffiness", "tension"],
      tools: ["roller", "gua-sha"],
    });
    expect(summary(p)).toEqual([
      ["collarbone", "both", "stationary-circles", 1, 34],
      ["neck-sides", "both", "strokes", 1, 34],
      ["jaw-angle", "both", "stationary-circles", 1, 43],
      ["cheeks", "left", "roller", 1, 39],
      ["cheeks", "right", "roller", 1, 38],
      ["masseter", "left", "kneading", 3, 34],
      ["masseter", "right", "kneading", 3, 34],
      ["under-eyes", "both", "tap", 1, 52],
      ["forehead", "center", "roller", 1, 52],
      ["temples", "both", "small-circles", 1, 52],
      ["neck-sides", "both", "strokes", 1, 34],
      ["collarbone", "both", "stationary-circles", 1, 34],
    ]);
  });

  it("alternates some movements by date, and only by date", () => {
    const even = plan({
      slot: "pm",
      minutes: 10,
      tools: ["roller", "gua-sha"],
      date: "2026-03-02",
    });
    const odd = plan({ slot: "pm", minutes: 10, tools: ["roller", "gua-sha"], date: "2026-03-03" });
    const eyes = (p: Plan) => p.steps.find((s) => s.zone === "under-eyes")?.technique;
    const cheeks = (p: Plan) => p.steps.find((s) => s.zone === "cheeks")?.technique;
    expect([eyes(even), eyes(odd)]).toEqual(["tap", "small-circles"]);
    expect([cheeks(even), cheeks(odd)]).toEqual(["roller", "gua-sha"]);
    expect(
      plan({ slot: "pm", minutes: 10, tools: ["roller", "gua-sha"], date: "2026-03-02" }),
    ).toEqual(even);
  });

  it("shifts time toward the zones a goal serves", () => {
    const tensionZones: ZoneId[] = ["masseter", "temples", "brows", "forehead"];
    const none = plan({ slot: "pm", minutes: 10 });
    const tension = plan({ slot: "pm", minutes: 10, goals: ["tension"] });
    expect(secondsIn(none, tensionZones)).toBe(163);
    expect(secondsIn(tension, tensionZones)).toBe(260);
  });

  it("adds the shoulders on the weekly session only", () => {
    expect(plan({ slot: "weekly", minutes: 12 }).steps.some((s) => s.zone === "shoulders")).toBe(
      true,
    );
    expect(plan({ slot: "pm", minutes: 12 }).steps.some((s) => s.zone === "shoulders")).toBe(false);
    expect(plan({ slot: "am", minutes: 12 }).steps.some((s) => s.zone === "shoulders")).toBe(false);
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
    expect(p.reasons[0]?.message).toContain("until 2026-03-13");
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
    expect(p.steps.some((s) => s.zone === "collarbone" || s.zone === "neck-sides")).toBe(false);
  });

  it("says so when the time is spread over too few areas", () => {
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
    expect(summary(p)).toEqual([["neck-sides", "both", "strokes", 1, 1200]]);
    expect(p.notes.map((n) => n.code)).toEqual(["long-steps"]);
    expect(plan({ minutes: 20 }).notes).toEqual([]);
  });

  it("says plainly that massage does not help absorption, and plans as without the goal", () => {
    const p = plan({ goals: ["absorption"] });
    expect(p.notes.map((n) => n.code)).toEqual(["absorption-evidence"]);
    expect(p.steps).toEqual(plan({}).steps);
  });

  it("returns an error value naming the field instead of throwing", () => {
    expect(planSession({ slot: "am", minutes: 0, medium: "serum", date: "2026-03-02" })).toEqual({
      ok: false,
      error: {
        code: "invalid-input",
        field: "minutes",
        message: "minutes must be a whole number from 1 to 20; got 0",
      },
    });
  });
});
