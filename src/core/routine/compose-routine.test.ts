import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { SLOTS, type Slot } from "../model/slots.ts";
import { checkOrder } from "./check-order.ts";
import { composeRoutine } from "./compose-routine.ts";
import { isActive, PRODUCT_KINDS } from "./product-kinds.ts";
import type { ProductInput, Routine } from "./routine-types.ts";

const en = translatorFor("en");

const compose = (kinds: readonly string[], slot: Slot): Routine => {
  const result = composeRoutine(
    kinds.map((kind) => ({ kind })),
    slot,
    en,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.routine;
};

const kindsOf = (routine: Routine) => routine.steps.map((s) => s.kind);
const codesOf = (routine: Routine) => routine.warnings.map((w) => w.code);

describe("composeRoutine: order", () => {
  it.each<[Slot, readonly string[], readonly string[]]>([
    [
      "am",
      ["sunscreen", "moisturizer", "serum", "toner", "cleanser"],
      ["cleanser", "toner", "serum", "massage", "moisturizer", "sunscreen"],
    ],
    [
      "am",
      ["cream", "facial-oil", "essence", "eye-cream", "sunscreen"],
      ["essence", "facial-oil", "massage", "eye-cream", "cream", "sunscreen"],
    ],
    [
      // A facial oil is the medium when there is one: it glides longest.
      "am",
      ["serum", "facial-oil", "moisturizer", "sunscreen", "cleanser"],
      ["cleanser", "serum", "facial-oil", "massage", "moisturizer", "sunscreen"],
    ],
    [
      "am",
      ["moisturizer", "eye-cream", "cleanser"],
      ["cleanser", "eye-cream", "moisturizer", "massage"],
    ],
    [
      "pm",
      ["moisturizer", "cleanser", "serum", "oil-cleanser", "sleeping-mask", "toner"],
      ["oil-cleanser", "cleanser", "toner", "serum", "massage", "moisturizer", "sleeping-mask"],
    ],
    ["pm", ["cream", "cleanser", "sunscreen"], ["cleanser", "cream", "massage"]],
    [
      "weekly",
      ["serum", "facial-oil", "mask", "cleanser", "moisturizer"],
      ["cleanser", "mask", "serum", "facial-oil", "massage", "moisturizer"],
    ],
    ["weekly", ["toner", "cleanser"], ["cleanser", "toner", "massage"]],
    [
      "am",
      ["sunscreen", "vitamin-c", "moisturizer", "cleanser", "serum"],
      ["cleanser", "serum", "massage", "vitamin-c", "moisturizer", "sunscreen"],
    ],
    [
      "pm",
      ["cream", "retinoid", "exfoliating-acid", "cleanser", "moisturizer"],
      ["cleanser", "moisturizer", "massage", "exfoliating-acid", "retinoid", "cream"],
    ],
    [
      "am",
      ["retinoid", "benzoyl-peroxide", "facial-oil", "eye-cream", "cleanser"],
      ["cleanser", "facial-oil", "massage", "benzoyl-peroxide", "eye-cream"],
    ],
    [
      "pm",
      ["essential-oil", "prescription-topical", "serum", "vitamin-c"],
      ["serum", "massage", "vitamin-c", "prescription-topical", "essential-oil"],
    ],
    ["pm", ["retinoid", "cleanser"], ["cleanser", "massage", "retinoid"]],
    ["am", [], ["massage"]],
    ["pm", ["serum", "serum", "cleanser"], ["cleanser", "serum", "massage", "serum"]],
  ])("%s %j -> %j", (slot, given, expected) => {
    expect(kindsOf(compose(given, slot))).toEqual(expected);
  });
});

describe("composeRoutine: warnings", () => {
  it.each<[Slot, readonly string[], readonly string[]]>([
    ["am", ["cleanser", "serum", "sunscreen"], []],
    ["am", ["cleanser", "toner", "sunscreen"], ["no-medium"]],
    ["am", ["cleanser", "serum"], ["no-sunscreen"]],
    ["am", ["serum", "sleeping-mask", "sunscreen"], ["sleeping-mask-morning"]],
    ["pm", ["oil-cleanser", "cleanser", "serum", "cream"], []],
    ["pm", ["oil-cleanser", "cleanser", "serum"], ["no-moisturizer-night"]],
    ["pm", ["cleanser", "serum", "moisturizer"], ["single-cleanse"]],
    ["pm", ["oil-cleanser", "serum", "sleeping-mask"], ["single-cleanse"]],
    ["pm", ["serum", "cream"], ["no-cleanser"]],
    ["pm", ["oil-cleanser", "cleanser", "cream", "sunscreen"], ["sunscreen-evening"]],
    ["weekly", ["cleanser", "mask", "facial-oil", "moisturizer"], []],
    ["weekly", ["cleanser", "facial-oil", "cream"], ["no-mask"]],
    ["weekly", ["cleanser", "mask", "facial-oil", "cream", "sunscreen"], ["sunscreen-evening"]],
    ["pm", ["toner"], ["no-medium", "no-cleanser", "no-moisturizer-night"]],
    ["am", ["cleanser", "retinoid", "sunscreen"], ["active-only-slip", "retinoid-morning"]],
    ["am", ["cleanser", "serum", "vitamin-c"], ["vitamin-c-sunscreen"]],
    ["am", ["cleanser", "serum", "vitamin-c", "sunscreen"], []],
    [
      "pm",
      ["oil-cleanser", "cleanser", "serum", "retinoid", "exfoliating-acid", "cream"],
      ["retinoid-and-acid"],
    ],
    [
      "pm",
      ["oil-cleanser", "cleanser", "serum", "retinoid", "benzoyl-peroxide", "cream"],
      ["benzoyl-peroxide-retinoid"],
    ],
    ["am", ["cleanser", "facial-oil", "essential-oil", "sunscreen"], ["essential-oil-caution"]],
    ["pm", ["oil-cleanser", "cleanser", "essential-oil", "moisturizer"], ["essential-oil-caution"]],
    [
      "am",
      ["cleanser", "essential-oil", "sunscreen"],
      ["active-only-slip", "essential-oil-caution"],
    ],
  ])("%s %j warns %j", (slot, given, expected) => {
    expect(codesOf(compose(given, slot))).toEqual(expected);
  });

  it("suggests a medium in plain words and tells the massage step not to start dry", () => {
    const routine = compose(["cleanser", "toner", "sunscreen"], "am");
    expect(routine.warnings[0]?.message).toContain("Add a serum, a facial oil or a moisturizer");
    expect(routine.steps.find((s) => s.kind === "massage")?.how).toBe(
      "Put a serum, facial oil or moisturizer on first: never massage dry skin.",
    );
  });

  it("marks the product that gives slip and keeps the person's own names", () => {
    const result = composeRoutine(
      [
        { kind: "serum", name: " Vitamin C " },
        { kind: "cleanser", name: "" },
      ],
      "am",
      en,
    );
    expect(result.ok && result.routine.steps).toEqual([
      {
        kind: "cleanser",
        how: "Wash with lukewarm water and pat dry, leaving the skin a little damp.",
      },
      {
        kind: "serum",
        name: "Vitamin C",
        how: "Press a few drops into the skin. Keep the skin slippery: this is the glide for your massage.",
      },
      {
        kind: "massage",
        how: "Massage for 3 to 5 minutes: upward and outward strokes and circles to wake the face up.",
      },
    ]);
  });
});

describe("composeRoutine: actives and the medium", () => {
  it("never makes an active the medium, and says to add one in plain words", () => {
    const routine = compose(["cleanser", "vitamin-c", "retinoid"], "pm");
    expect(kindsOf(routine)).toEqual(["cleanser", "massage", "vitamin-c", "retinoid"]);
    expect(routine.steps[1]?.how).toBe(
      "Put a serum, facial oil or moisturizer on first: never massage dry skin.",
    );
    expect(routine.warnings[0]).toEqual({
      code: "active-only-slip",
      message:
        "Your vitamin C and retinoid are actives, not a massage medium: rubbed in for minutes, an active spreads, under the eyes too, and irritates. Add a facial oil or a moisturizer for the massage, and put the vitamin C and retinoid on after it.",
    });
  });

  it("tells the first active to go on dry skin after the medium is wiped off", () => {
    const routine = compose(["facial-oil", "retinoid", "cream"], "pm");
    expect(routine.steps.map((s) => s.how)).toEqual([
      "Warm two or three drops between your palms and press them in. Keep the skin slippery: this is the glide for your massage.",
      "Massage for 5 to 10 minutes, slower and lighter, in drainage order from the collarbone.",
      "After the massage, wipe off what is left of the medium and wait until the skin is dry. A pea-sized amount for the whole face, clear of the eye creases and the corners of the nose and mouth.",
      "Smooth it over the face and neck.",
    ]);
  });

  it("asks about a bland product whose name sounds like an active", () => {
    const result = composeRoutine(
      [
        { kind: "serum", name: "Retinol 0.5%" },
        { kind: "moisturizer", name: "Daily lotion" },
        { kind: "cleanser", name: "Salicylic wash" },
      ],
      "pm",
      en,
    );
    const warnings = result.ok ? result.routine.warnings : [];
    expect(warnings.filter((w) => w.code === "name-looks-active").map((w) => w.message)).toEqual([
      '"Retinol 0.5%" sounds like an active ingredient. If it is one, add it as that kind (retinoid, vitamin C, exfoliating acid and so on) instead of serum, so it goes on after the massage rather than under your fingers.',
    ]);
  });

  it("links the sunscreen step to the sunscreen guide", () => {
    const routine = compose(["sunscreen", "serum"], "am");
    expect(routine.steps.at(-1)).toEqual({
      kind: "sunscreen",
      how: "Apply a generous layer of broad-spectrum sunscreen as the very last step.",
      guide: "sunscreen-basics",
    });
    expect(routine.steps.filter((s) => s.guide !== undefined)).toHaveLength(1);
  });

  it("the weekly routine has no separate neck step: the weekly massage does that work", () => {
    const routine = compose(["cleanser", "mask", "facial-oil", "moisturizer"], "weekly");
    expect(kindsOf(routine)).toEqual(["cleanser", "mask", "facial-oil", "massage", "moisturizer"]);
    expect(routine.steps[3]?.how).toContain("the neck and shoulder release is part of it");
  });
});

describe("composeRoutine: bad input", () => {
  it("names unknown kinds", () => {
    expect(
      composeRoutine([{ kind: "serum" }, { kind: "lotion" }, { kind: "primer" }], "am", en),
    ).toEqual({
      ok: false,
      error: {
        code: "invalid-input",
        field: "products",
        message:
          'products contain unknown kinds "lotion", "primer"; known kinds: cleanser, oil-cleanser, toner, essence, serum, facial-oil, eye-cream, moisturizer, cream, sleeping-mask, mask, sunscreen, retinoid, vitamin-c, exfoliating-acid, benzoyl-peroxide, prescription-topical, essential-oil',
      },
    });
  });

  it.each([
    ["noon", [], "slot"],
    ["am", "serum", "products"],
    ["am", [null], "products[0]"],
    ["am", [{ name: "x" }], "products[0]"],
    ["am", [{ kind: "serum", name: 3 }], "products[0].name"],
  ])("slot %j, products %j -> error on %s", (slot, products, field) => {
    const result = composeRoutine(products as unknown as ProductInput[], slot as Slot, en);
    expect(result.ok ? "" : result.error.field).toBe(field);
  });

  it("never throws on garbage", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (products, slot) => {
        const result = composeRoutine(products as ProductInput[], slot as Slot, en);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("composeRoutine and checkOrder agree", () => {
  it("every composed routine passes checkOrder and has one massage", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PRODUCT_KINDS), { maxLength: 14 }),
        fc.constantFrom(...SLOTS),
        (kinds, slot) => {
          const routine = compose(kinds, slot);
          expect(checkOrder(routine.steps, slot, en)).toEqual({ ok: true });
          expect(routine.steps.filter((s) => s.kind === "massage")).toHaveLength(1);
          const massageAt = routine.steps.findIndex((s) => s.kind === "massage");
          // Actives always come after the massage, and only a bland product can precede it.
          for (const [i, s] of routine.steps.entries())
            if (isActive(s.kind)) expect(i).toBeGreaterThan(massageAt);
          if (slot === "am") expect(routine.steps.some((s) => s.kind === "retinoid")).toBe(false);
          if (slot !== "am") expect(routine.steps.some((s) => s.kind === "sunscreen")).toBe(false);
          if (slot === "am" && kinds.includes("sunscreen"))
            expect(routine.steps.at(-1)?.kind).toBe("sunscreen");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
