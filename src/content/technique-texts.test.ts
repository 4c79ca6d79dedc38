import { describe, expect, it } from "vitest";
import { TECHNIQUE_IDS } from "../core/model/techniques.ts";
import { checkClaims } from "../site/check-claims.ts";
import { TECHNIQUE_TEXTS } from "./technique-texts.ts";

describe("technique texts", () => {
  it("state every benefit within its grade, with the marker the page renders as a badge", () => {
    for (const id of TECHNIQUE_IDS) {
      const t = TECHNIQUE_TEXTS[id];
      for (const b of t.benefits)
        expect(checkClaims(`${b.text} [claim:${b.claim}]`), `${id}: ${b.text}`).toEqual([]);
      const rest = [t.purpose, ...t.steps, ...t.avoid].join("\n\n");
      expect(checkClaims(rest), id).toEqual([]);
    }
  });

  it("give each technique steps and something to avoid", () => {
    for (const id of TECHNIQUE_IDS) {
      expect(TECHNIQUE_TEXTS[id].steps.length, id).toBeGreaterThanOrEqual(3);
      expect(TECHNIQUE_TEXTS[id].avoid.length, id).toBeGreaterThanOrEqual(2);
    }
  });
});
