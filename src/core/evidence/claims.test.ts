import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { GOALS } from "../model/goals.ts";
import { CLAIM_IDS, CLAIMS } from "./claims.ts";
import { claimForGoal, GOAL_CLAIMS } from "./goal-claims.ts";
import { GRADES } from "./grades.ts";

const en = translatorFor("en");

describe("evidence catalog", () => {
  it("grades each claim as the domain notes do", () => {
    expect(CLAIM_IDS.map((id) => [id, CLAIMS[id].label])).toEqual([
      ["circulation", "B"],
      ["puffiness", "C"],
      ["absorption", "D"],
      ["collagen", "B/C"],
      ["stress", "B"],
      ["cortisol", "D"],
      ["breakouts-aging", "D / C"],
      ["toxins", "D"],
    ]);
  });

  it("keeps the label consistent with the grades", () => {
    for (const id of CLAIM_IDS) {
      const claim = CLAIMS[id];
      expect(claim.id).toBe(id);
      expect(claim.label.replace(/\s/g, "")).toBe(
        claim.also === undefined ? claim.grade : `${claim.grade}/${claim.also.grade}`,
      );
      expect(en(`claim.${id}.summary`).length).toBeGreaterThan(10);
      for (const source of claim.sources) {
        if (source.url !== undefined) expect(source.url).toMatch(/^https?:\/\//);
      }
    }
  });

  it("gives every claim except the unsupported one a source", () => {
    expect(CLAIM_IDS.filter((id) => CLAIMS[id].sources.length === 0)).toEqual(["toxins"]);
  });

  it("explains every grade", () => {
    expect(GRADES.map((g) => en(`grade.${g}.meaning`).length > 0)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it("maps goals to the claims they rest on", () => {
    expect(GOALS.map((g) => [g, GOAL_CLAIMS[g], claimForGoal(g).label])).toEqual([
      ["puffiness", "puffiness", "C"],
      ["glow", "circulation", "B"],
      ["firmness", "collagen", "B/C"],
      ["tension", "stress", "B"],
      ["absorption", "absorption", "D"],
    ]);
  });
});
