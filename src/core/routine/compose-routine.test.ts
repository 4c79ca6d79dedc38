import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLOTS, type Slot } from "../model/slots.ts";
import { checkOrder } from "./check-order.ts";
import { composeRoutine } from "./compose-routine.ts";
import { PRODUCT_KINDS } from "./product-kinds.ts";
import type { ProductInput, Routine } from "./routine-types.ts";

const compose = (kinds: readonly string[], slot: Slot): Routine => {
  const result = composeRoutine(
    kinds.map((kind) => ({ kind })),
    slot,
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
      "am",
      ["serum", "facial-oil", "moisturizer", "sunscreen", "cleanser"],
      ["cleanser", "serum", "massage", "facial-oil", "moisturizer", "sunscreen"],
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
      ["cleanser", "mask", "serum", "facial-oil", "massage", "neck-shoulders", "moisturizer"],
    ],
    ["weekly", ["toner", "cleanser"], ["cleanser", "toner", "massage", "neck-shoulders"]],
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
    ["pm", ["oil-cleanser", "cleanser", "serum"], []],
    ["pm", ["cleanser", "serum"], ["single-cleanse"]],
    ["pm", ["oil-cleanser", "serum"], ["single-cleanse"]],
    ["pm", ["serum"], ["no-cleanser"]],
    ["pm", ["oil-cleanser", "cleanser", "serum", "sunscreen"], ["sunscreen-evening"]],
    ["weekly", ["cleanser", "mask", "facial-oil"], []],
    ["weekly", ["cleanser", "facial-oil"], ["no-mask"]],
    ["weekly", ["cleanser", "mask", "facial-oil", "sunscreen"], ["sunscreen-evening"]],
    ["pm", ["toner"], ["no-medium", "no-cleanser"]],
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

describe("composeRoutine: bad input", () => {
  it("names unknown kinds", () => {
    expect(
      composeRoutine([{ kind: "serum" }, { kind: "lotion" }, { kind: "primer" }], "am"),
    ).toEqual({
      ok: false,
      error: {
        code: "invalid-input",
        field: "products",
        message:
          'products contain unknown kinds "lotion", "primer"; known kinds: cleanser, oil-cleanser, toner, essence, serum, facial-oil, eye-cream, moisturizer, cream, sleeping-mask, mask, sunscreen',
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
    const result = composeRoutine(products as unknown as ProductInput[], slot as Slot);
    expect(result.ok ? "" : result.error.field).toBe(field);
  });

  it("never throws on garbage", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (products, slot) => {
        const result = composeRoutine(products as ProductInput[], slot as Slot);
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
          expect(checkOrder(routine.steps, slot)).toEqual({ ok: true });
          expect(routine.steps.filter((s) => s.kind === "massage")).toHaveLength(1);
          expect(routine.steps.some((s) => s.kind === "neck-shoulders")).toBe(slot === "weekly");
          if (slot !== "am") expect(routine.steps.some((s) => s.kind === "sunscreen")).toBe(false);
          if (slot === "am" && kinds.includes("sunscreen"))
            expect(routine.steps.at(-1)?.kind).toBe("sunscreen");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
