import { describe, expect, it } from "vitest";
import { runNura } from "../testing/run-nura.ts";

const base = [
  "plan",
  "--slot",
  "pm",
  "--minutes",
  "5",
  "--medium",
  "serum",
  "--date",
  "2026-03-02",
];

describe("nura plan", () => {
  it("prints a readable table with sections and repetitions, and exits 0", async () => {
    const { code, out, err } = await runNura(...base, "--goal", "puffiness");
    expect(code).toBe(0);
    expect(err).toBe("");
    const lines = out.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "Evening massage, 5 min, 2026-03-02 (drainage order)",
      "Safety: ok",
      "",
      "#   at    zone                 side    technique           tool     pressure        time  sections  reps",
      "1   0:00  Collarbone           both    Stationary circles  Fingers  1 skin stretch  20s   1         ~10",
    ]);
    expect(lines).toContain(
      "5   1:52  Cheeks               both    Strokes             Fingers  1 skin stretch  44s   3         ~14",
    );
    expect(out.trimEnd().endsWith("Total 5:00")).toBe(true);
  });

  it("shows a tool's lines and exact passes, and leaves tools out with --fingers-only", async () => {
    const tools = ["--tool", "roller", "--goal", "firmness", "--minutes", "8"];
    const withRoller = await runNura(...base, ...tools);
    expect(withRoller.out).toContain(
      "7   3:23  Cheeks                left    Roller passes       Facial roller  1 skin stretch  48s   3         8",
    );
    const fingers = await runNura(...base, ...tools, "--fingers-only", "--json");
    expect(fingers.code).toBe(0);
    const plan = JSON.parse(fingers.out);
    expect(new Set(plan.steps.map((s: { tool: string }) => s.tool))).toEqual(new Set(["fingers"]));
    expect(plan.totalSeconds).toBe(480);
  });

  it("prints the planner's JSON with --json, sections beside reps per section", async () => {
    const { code, out } = await runNura(...base, "--tool", "roller", "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    expect([plan.slot, plan.minutes, plan.totalSeconds, plan.verdict]).toEqual([
      "pm",
      5,
      300,
      "ok",
    ]);
    expect(plan.steps[0].cues[0]).toEqual({
      at: 0,
      kind: "start",
      text: "Collarbone: circle in place, finishing down and in, about ten circles. Feather-light: move the skin, don't slide.",
    });
    const roller = plan.steps.find((s: { tool: string }) => s.tool === "roller");
    expect(Object.keys(roller)).toEqual([
      "zone",
      "side",
      "technique",
      "tool",
      "direction",
      "pressure",
      "seconds",
      "sections",
      "reps",
      "cues",
    ]);
    expect(roller.seconds).toBe(roller.sections * roller.reps * 2);
  });

  it("exits 3 and prints the reasons when the screen says stop", async () => {
    const { code, out } = await runNura(...base, "--condition", "infection");
    expect(code).toBe(3);
    expect(out).toContain("Safety: stop");
    expect(out).toContain("infection: You noted an infection");
    const json = await runNura(...base, "--medium", "none", "--json");
    expect(json.code).toBe(3);
    expect(JSON.parse(json.out).reasons[0].code).toBe("needs-medium");
  });

  it("reads --botox and --filler as ZONE:DATE", async () => {
    const { code, out } = await runNura(
      ...base,
      "--botox",
      "forehead:2026-02-27",
      "--filler",
      "cheeks:2026-01-01",
      "--json",
    );
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    // Forehead Botox three days before: the brows and temples beside it are left out too.
    expect(plan.excludedZones).toEqual(["brows", "forehead", "temples"]);
    expect(plan.reasons.map((r: { code: string }) => r.code)).toEqual(["botox-recent"]);
  });

  it("reads --procedure KIND:DATE and KIND:DATE:cleared", async () => {
    const ipl = await runNura(...base, "--procedure", "ipl:2026-02-27", "--json");
    expect(ipl.code).toBe(0);
    const plan = JSON.parse(ipl.out);
    expect(plan.reasons.map((r: { code: string }) => r.code)).toEqual(["ipl-recent"]);
    expect(new Set(plan.steps.map((s: { zone: string }) => s.zone))).toEqual(
      new Set(["collarbone", "neck-sides"]),
    );
    const surgery = await runNura(...base, "--procedure", "surgery:2026-01-10");
    expect(surgery.code).toBe(3);
    expect(surgery.out).toContain("surgery-recent: Facial surgery on 10 January 2026: no massage");
    const cleared = await runNura(...base, "--procedure", "surgery:2026-01-10:cleared", "--json");
    expect(cleared.code).toBe(0);
    expect(JSON.parse(cleared.out).steps.every((s: { pressure: number }) => s.pressure === 1)).toBe(
      true,
    );
  });

  it("--neck-cleared lifts the neck caution and says so", async () => {
    const caution = await runNura(...base, "--age", "70", "--json");
    expect(JSON.parse(caution.out).excludedZones).toEqual(["neck-sides"]);
    const { code, out } = await runNura(...base, "--age", "70", "--neck-cleared");
    expect(code).toBe(0);
    expect(out).toContain("neck-cleared: You said your doctor cleared neck work");
    expect(out).toContain("Sides of the neck");
  });

  it.each([
    ["throat-swelling", 3, "throat-swelling: Get help now:"],
    ["fever", 3, "fever: You have a fever"],
    ["migraine-now", 3, "migraine-now: You have a migraine attack now."],
    ["isotretinoin", 0, "isotretinoin: You take isotretinoin"],
    ["new-retinoid", 0, "new-retinoid: You started a retinoid"],
    ["changing-mole", 0, "changing-mole: You noted a new or changing mole"],
    ["eczema-flare", 0, "eczema-flare: Your eczema or dermatitis is flaring"],
    ["trigeminal-neuralgia", 0, "trigeminal-neuralgia: With trigeminal neuralgia"],
    ["tmj", 0, "tmj: With a jaw joint problem"],
    ["pregnant", 0, "pregnant: You are pregnant."],
  ])("--condition %s exits %i with its reason", async (condition, exit, words) => {
    const { code, out } = await runNura(...base, "--condition", condition);
    expect(code).toBe(exit);
    expect(out).toContain(words);
  });

  it("head-neck-lymphedema plans nothing and points to the plain timer", async () => {
    const { code, out } = await runNura(...base, "--condition", "head-neck-lymphedema");
    expect(code).toBe(3);
    expect(out).toContain("head-neck-lymphedema: You noted lymphedema");
    expect(out.trimEnd().split("\n").at(-1)).toBe(
      "Nura plans no drainage for you. For the routine your lymphedema therapist taught you, use the plain timer on the Today screen of the app, or any timer you like, and follow their steps.",
    );
    const json = await runNura(...base, "--condition", "head-neck-lymphedema", "--json");
    expect(JSON.parse(json.out).verdict).toBe("stop");
  });

  it.each([
    [["--minutes", "25"], "nura plan: --minutes must be a whole number from 1 to 20; got 25\n"],
    [["--minutes", "five"], 'nura plan: --minutes must be a whole number; got "five"\n'],
    [["--slot", "noon"], 'nura plan: --slot must be one of am, pm, weekly; got "noon"\n'],
    [
      ["--goal", "glow", "--goal", "youth"],
      'nura plan: --goal must be one of puffiness, glow, firmness, tension, absorption; got "youth"\n',
    ],
    [
      ["--medium", "water"],
      'nura plan: --medium must be one of serum, facial-oil, moisturizer, cream, none; got "water"\n',
    ],
    [
      ["--date", "2026-02-30"],
      'nura plan: --date must be a real date written yyyy-MM-dd; got "2026-02-30"\n',
    ],
    [["--age", "200"], "nura plan: --age must be a whole number from 1 to 120; got 200\n"],
    [["--botox", "forehead"], 'nura plan: --botox must be ZONE:YYYY-MM-DD; got "forehead"\n'],
    [["--filler", "lips:2026-01-01"], "nura plan: --filler zone must be one of"],
    [
      ["--botox", "brows:2026-03-09"],
      "nura plan: --botox date (2026-03-09) is after the session date (2026-03-02)\n",
    ],
    [
      ["--procedure", "ipl"],
      'nura plan: --procedure must be KIND:YYYY-MM-DD or KIND:YYYY-MM-DD:cleared; got "ipl"\n',
    ],
    [
      ["--procedure", "ipl:2026-03-01:done"],
      'nura plan: --procedure must be KIND:YYYY-MM-DD or KIND:YYYY-MM-DD:cleared; got "ipl:2026-03-01:done"\n',
    ],
    [
      ["--procedure", "facial:2026-03-01"],
      "nura plan: --procedure kind must be one of peel-superficial",
    ],
    [
      ["--procedure", "ipl:2026-03-05"],
      "nura plan: --procedure date (2026-03-05) is after the session date (2026-03-02)\n",
    ],
    [
      ["--procedure", "ipl:2026-02-01:cleared"],
      "nura plan: --procedure cleared applies only to peel-deep, laser-ablative, surgery, blepharoplasty; after ipl the pause ends by its dates\n",
    ],
    [["--condition", "flu"], "nura plan: --condition must be one of acne-breakout"],
    [["--neck-cleared=yes"], "nura plan: Option '--neck-cleared' does not take an argument"],
    [["--bogus"], "nura plan: Unknown option '--bogus'"],
  ])("exits 2 naming the flag for %j", async (extra, message) => {
    const { code, out, err } = await runNura(...base, ...extra);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.startsWith(message)).toBe(true);
  });

  it("asks for the medium instead of guessing it", async () => {
    const { code, err } = await runNura("plan", "--slot", "am", "--minutes", "3");
    expect(code).toBe(2);
    expect(err).toBe(
      "nura plan: --medium must be one of serum, facial-oil, moisturizer, cream, none; got undefined\n",
    );
  });

  it("plans for today when --date is left out", async () => {
    const { code, out } = await runNura(
      "plan",
      "--slot",
      "am",
      "--minutes",
      "3",
      "--medium",
      "cream",
      "--json",
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("--help lists every option and every value", async () => {
    const { code, out } = await runNura("plan", "--help");
    expect(code).toBe(0);
    for (const word of [
      "--slot",
      "--minutes",
      "--goal",
      "--tool",
      "--fingers-only",
      "--skip",
      "--condition",
      "--botox",
      "--filler",
      "--procedure",
      "--neck-cleared",
      "thread-lift",
      "head-neck-lymphedema",
      "throat-swelling",
      "--age",
      "--medium",
      "--date",
      "--json",
      "puffiness",
      "gua-sha",
      "facial-oil",
      "cancer-treatment",
      "blood-thinners",
      "under-cheekbone",
      "Exit status: 0 a plan, 3",
    ]) {
      expect(out).toContain(word);
    }
  });

  it("prints the plan in German or Spanish with --lang, and refuses a language it does not speak", async () => {
    const de = await runNura(...base, "--lang", "de");
    expect(de.code).toBe(0);
    const lines = de.out.split("\n");
    expect(lines.slice(0, 2)).toEqual([
      "Abend: Massage, 5 Min., 2026-03-02 (Drainage-Reihenfolge)",
      "Sicherheit: ohne Änderungen",
    ]);
    expect(lines[4]).toBe(
      "1   0:00  Schlüsselbein    beide  Stehende Kreise  Finger  1 Hautverschiebung  20s   1       ~10",
    );
    const es = await runNura(...base, "--lang", "es", "--json");
    const plan = JSON.parse(es.out);
    expect(plan.steps[0].cues[0].text).toMatch(/^Clavícula: /);
    const fr = await runNura(...base, "--lang", "fr");
    expect(fr.code).toBe(2);
    expect(fr.err).toContain('--lang must be one of en, es, de; got "fr"');
  });
});
