import { describe, expect, it } from "vitest";
import { runNura } from "../testing/run-nura.ts";

describe("nura routine", () => {
  it("prints the routine with the massage in place and the warnings", async () => {
    const { code, out } = await runNura(
      "routine",
      "--slot",
      "am",
      "--products",
      "sunscreen, serum,cleanser",
    );
    expect(code).toBe(0);
    expect(out).toBe(
      [
        "Morning routine",
        "",
        " 1. Cleanser      Wash with lukewarm water and pat dry, leaving the skin a little damp.",
        " 2. Serum         Press a few drops into the skin. Keep the skin slippery: this is the glide for your massage.",
        " 3. Face massage  Massage for 3 to 5 minutes: upward and outward strokes and circles to wake the face up.",
        " 4. Sunscreen     Apply a generous layer of broad-spectrum sunscreen as the very last step. (guide: /learn/guides/sunscreen-basics)",
        "",
      ].join("\n"),
    );
  });

  it("prints JSON with --json", async () => {
    const { code, out } = await runNura(
      "routine",
      "--slot",
      "weekly",
      "--products",
      "cleanser,facial-oil",
      "--json",
    );
    expect(code).toBe(0);
    const routine = JSON.parse(out);
    expect(routine.steps.map((s: { kind: string }) => s.kind)).toEqual([
      "cleanser",
      "facial-oil",
      "massage",
    ]);
    expect(routine.warnings.map((w: { code: string }) => w.code)).toEqual([
      "no-mask",
      "no-moisturizer-night",
    ]);
  });

  it("accepts every active kind and puts each after the massage, never as its medium", async () => {
    const { code, out } = await runNura(
      "routine",
      "--slot",
      "pm",
      "--products",
      "essential-oil,prescription-topical,benzoyl-peroxide,retinoid,exfoliating-acid,vitamin-c,moisturizer,cleanser,oil-cleanser",
      "--json",
    );
    expect(code).toBe(0);
    const routine = JSON.parse(out);
    expect(routine.steps.map((s: { kind: string }) => s.kind)).toEqual([
      "oil-cleanser",
      "cleanser",
      "moisturizer",
      "massage",
      "vitamin-c",
      "exfoliating-acid",
      "retinoid",
      "benzoyl-peroxide",
      "prescription-topical",
      "essential-oil",
    ]);
    expect(routine.warnings.map((w: { code: string }) => w.code)).toEqual([
      "retinoid-and-acid",
      "benzoyl-peroxide-retinoid",
      "essential-oil-caution",
    ]);
  });

  it("prints the warning when an active is the only slippery product", async () => {
    const { code, out } = await runNura(
      "routine",
      "--slot",
      "am",
      "--products",
      "cleanser,vitamin-c",
    );
    expect(code).toBe(0);
    expect(out).toContain(
      "active-only-slip: Your vitamin C is an active, not a massage medium: rubbed in for minutes, an active spreads, under the eyes too, and irritates. Add a facial oil or a moisturizer for the massage, and put the vitamin C on after it.",
    );
    expect(out).toContain(
      "vitamin-c-sunscreen: Vitamin C in the morning needs a broad-spectrum sunscreen",
    );
  });

  it.each([
    [
      ["--slot", "am", "--products", "serum,lotion"],
      'nura routine: --products contain unknown kind "lotion"; known kinds:',
    ],
    [
      ["--products", "serum"],
      "nura routine: --slot must be one of am, pm, weekly; got undefined\n",
    ],
    [["--slot", "am"], "nura routine: --products is required"],
    [["--slot", "am", "--products", "serum", "extra"], "nura routine: Unexpected argument 'extra'"],
  ])("exits 2 naming the flag for %j", async (argv, message) => {
    const { code, err } = await runNura("routine", ...argv);
    expect(code).toBe(2);
    expect(err.startsWith(message)).toBe(true);
  });

  it("--help lists the options and product kinds", async () => {
    const { code, out } = await runNura("routine", "--help");
    expect(code).toBe(0);
    for (const word of [
      "--slot",
      "--products",
      "--json",
      "oil-cleanser",
      "sleeping-mask",
      "sunscreen",
      "retinoid",
      "vitamin-c",
      "exfoliating-acid",
      "benzoyl-peroxide",
      "prescription-topical",
      "essential-oil",
    ]) {
      expect(out).toContain(word);
    }
  });

  it("prints the routine in Spanish with --lang es, warnings included", async () => {
    const { code, out } = await runNura(
      "routine",
      "--slot",
      "am",
      "--products",
      "cleanser,serum",
      "--lang",
      "es",
    );
    expect(code).toBe(0);
    expect(out.split("\n").slice(0, 4)).toEqual([
      "Rutina: Mañana",
      "",
      " 1. Limpiador      Lava con agua tibia y sécate con toquecitos, dejando la piel un poco húmeda.",
      " 2. Sérum          Presiona unas gotas sobre la piel. Deja la piel resbaladiza: es el deslizamiento para tu masaje.",
    ]);
    expect(out).toContain(
      "  no-sunscreen: Termina la mañana con un protector solar de amplio espectro, como último paso.",
    );
  });
});
