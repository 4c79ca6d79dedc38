import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { Slot } from "../model/slots.ts";
import { checkOrder, type OrderRuleCode } from "./check-order.ts";

const en = translatorFor("en");

const steps = (...kinds: string[]) => kinds.map((kind) => ({ kind }));

describe("checkOrder", () => {
  it.each<[Slot, readonly string[]]>([
    ["am", ["cleanser", "toner", "serum", "massage", "moisturizer", "sunscreen"]],
    ["am", ["cleanser", "serum", "facial-oil", "massage", "eye-cream", "moisturizer", "sunscreen"]],
    ["am", ["cleanser", "massage"]],
    [
      "pm",
      [
        "oil-cleanser",
        "cleanser",
        "essence",
        "toner",
        "serum",
        "massage",
        "cream",
        "sleeping-mask",
      ],
    ],
    ["pm", ["cleanser", "eye-cream", "moisturizer", "massage", "cream"]],
    ["weekly", ["cleanser", "mask", "facial-oil", "massage", "moisturizer"]],
    ["weekly", ["cleanser", "mask", "massage"]],
    ["am", ["cleanser", "facial-oil", "massage", "vitamin-c", "moisturizer", "sunscreen"]],
    ["pm", ["cleanser", "moisturizer", "massage", "retinoid", "exfoliating-acid", "cream"]],
    ["pm", ["cleanser", "serum", "massage", "prescription-topical", "essential-oil"]],
    ["am", ["cleanser", "serum", "massage", "sunscreen", "sunscreen"]],
  ])("allows %s %j", (slot, kinds) => {
    expect(checkOrder(steps(...kinds), slot, en)).toEqual({ ok: true });
  });

  it.each<[Slot, readonly string[], OrderRuleCode, number]>([
    ["am", ["cleanser", "primer", "massage"], "unknown-kind", 1],
    ["am", ["cleanser", "serum"], "massage-count", 0],
    ["am", ["cleanser", "serum", "massage", "massage"], "massage-count", 3],
    ["am", ["toner", "cleanser", "serum", "massage"], "cleanse-first", 1],
    ["pm", ["cleanser", "oil-cleanser", "serum", "massage"], "oil-cleanser-first", 1],
    ["am", ["cleanser", "serum", "toner", "massage"], "watery-first", 2],
    ["weekly", ["cleanser", "serum", "massage", "mask"], "watery-first", 3],
    ["pm", ["cleanser", "moisturizer", "serum", "massage"], "serum-before-moisturizer", 2],
    ["am", ["cleanser", "massage", "serum", "moisturizer"], "massage-needs-medium", 1],
    ["am", ["cleanser", "serum", "moisturizer", "massage"], "massage-before-moisturizer", 2],
    ["weekly", ["cleanser", "serum", "neck-shoulders", "massage"], "unknown-kind", 2],
    ["pm", ["cleanser", "retinoid", "serum", "massage"], "active-after-massage", 1],
    ["am", ["cleanser", "vitamin-c", "massage", "sunscreen"], "active-after-massage", 1],
    ["pm", ["cleanser", "serum", "massage", "retinoid", "toner"], "watery-first", 4],
    ["am", ["cleanser", "serum", "massage", "retinoid"], "retinoid-morning", 3],
    ["pm", ["cleanser", "serum", "massage", "sunscreen"], "sunscreen-evening", 3],
    ["am", ["cleanser", "serum", "massage", "sunscreen", "eye-cream"], "sunscreen-last", 3],
    ["am", ["cleanser", "serum", "massage", "sunscreen", "toner"], "watery-first", 4],
    ["am", ["cleanser", "serum", "massage", "sleeping-mask"], "sleeping-mask-morning", 3],
    ["pm", ["cleanser", "serum", "massage", "sleeping-mask", "eye-cream"], "sleeping-mask-last", 3],
  ])("refuses %s %j with %s at step %i", (slot, kinds, code, index) => {
    const result = checkOrder(steps(...kinds), slot, en);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect([result.code, result.index]).toEqual([code, index]);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it("explains a refusal in plain words", () => {
    expect(checkOrder(steps("cleanser", "serum", "moisturizer", "massage"), "am", en)).toEqual({
      ok: false,
      code: "massage-before-moisturizer",
      index: 2,
      message: "Massage on the serum or oil, then seal it in with moisturizer or cream.",
    });
  });
});
