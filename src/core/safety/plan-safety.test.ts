import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { planSession } from "../planner/plan-session.ts";
import type { Plan, PlanInput } from "../planner/plan-types.ts";
import { screenedPracticePlan } from "../planner/practice.ts";
import type { LocalDate } from "../time/local-date.ts";
import { screen } from "./screen.ts";

const en = translatorFor("en");

const plan = (over: Partial<PlanInput>): Plan => {
  const result = planSession(
    {
      slot: "weekly",
      minutes: 12,
      medium: "facial-oil",
      date: "2026-03-03",
      tools: ["roller", "gua-sha"],
      ...over,
    },
    en,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
};

describe("plans under the wider screen", () => {
  it("blood thinners: no kneading or gua sha, the roller at 1, shoulders pressed gently", () => {
    const p = plan({ conditions: ["blood-thinners"] });
    expect(p.steps.some((s) => s.technique === "kneading" || s.tool === "gua-sha")).toBe(false);
    expect(p.steps.every((s) => s.pressure <= 2)).toBe(true);
    const rolled = p.steps.filter((s) => s.tool === "roller");
    expect(rolled.length).toBeGreaterThan(0);
    expect(rolled.every((s) => s.pressure === 1)).toBe(true);
    expect(p.steps.filter((s) => s.zone === "shoulders").map((s) => s.technique)).toContain(
      "pressure-points",
    );
  });

  it("sensitive skin: a roller the person owns is used, at the lightest touch", () => {
    const p = plan({ conditions: ["sensitive"], slot: "pm", minutes: 10 });
    const rolled = p.steps.filter((s) => s.tool === "roller");
    expect(rolled.length).toBeGreaterThan(0);
    expect(rolled.every((s) => s.pressure === 1)).toBe(true);
    expect(p.steps.some((s) => s.tool === "gua-sha")).toBe(false);
  });

  it("the day after an injection: neck and shoulders only", () => {
    const p = plan({ injectables: [{ kind: "filler", zone: "mouth", date: "2026-03-02" }] });
    expect([...new Set(p.steps.map((s) => s.zone))]).toEqual([
      "collarbone",
      "neck-sides",
      "shoulders",
    ]);
  });

  it("a week after forehead Botox: no brows, temples or forehead, and no tool on the face", () => {
    const p = plan({ injectables: [{ kind: "botox", zone: "forehead", date: "2026-02-24" }] });
    const zones = new Set(p.steps.map((s) => s.zone));
    for (const z of ["brows", "temples", "forehead"] as const) expect(zones.has(z)).toBe(false);
    expect(p.steps.filter((s) => s.tool !== "fingers").every((s) => s.zone === "neck-sides")).toBe(
      true,
    );
  });

  it("head and neck lymphedema: no plan, and the reason offers the therapist's timer", () => {
    const p = plan({ conditions: ["head-neck-lymphedema"] });
    expect([p.verdict, p.steps.length]).toEqual(["stop", 0]);
    expect(p.reasons[0]?.message).toContain("plain timer");
  });

  it("Learn refuses a roller practice while tools are kept off the face", () => {
    const screening = screen(
      {
        conditions: ["acne-breakout"],
        injectables: [],
        skipZones: [],
        medium: "serum",
      },
      "2026-03-03" as LocalDate,
      en,
    );
    const result = screenedPracticePlan("roller", "cheeks", screening, en);
    expect(result.ok).toBe(false);
    expect(screenedPracticePlan("strokes", "cheeks", screening, en).ok).toBe(true);
  });
});
