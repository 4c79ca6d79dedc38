import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { Condition } from "../model/conditions.ts";
import { type LocalDate, parseLocalDate } from "../time/local-date.ts";
import { FACE_ZONES } from "./adjustment.ts";
import type { SafetyProfile } from "./profile.ts";
import { pressureLimit, screen, toolBanned } from "./screen.ts";

const en = translatorFor("en");

const TODAY = parseLocalDate("2026-05-20") as LocalDate;

const profile = (over: Partial<SafetyProfile> = {}): SafetyProfile => ({
  conditions: [],
  injectables: [],
  skipZones: [],
  medium: "serum",
  ...over,
});
const on = (...conditions: Condition[]) => screen(profile({ conditions }), TODAY, en);

describe("screen: section 5b stops", () => {
  it.each<[Condition, string, RegExp]>([
    ["throat-swelling", "throat-swelling", /emergency number \(such as 999, 911 or 112\)/],
    ["fever", "fever", /a day after the fever has gone; if it lasts, see your doctor/],
    ["migraine-now", "migraine-now", /doctor or neurologist/],
    ["head-neck-lymphedema", "head-neck-lymphedema", /plain timer .* therapist taught you/],
  ])("%s stops with code %s and says whom to ask", (condition, code, whom) => {
    const result = on(condition);
    expect(result.verdict).toBe("stop");
    expect(result.reasons.map((r) => r.code)).toEqual([code]);
    expect(result.reasons[0]?.message).toMatch(whom);
  });

  it("puts the emergencies first, in plain words, before every other reason", () => {
    const result = on(
      "rosacea",
      "infection",
      "throat-swelling",
      "pregnant",
      "unexplained-swelling",
    );
    expect(result.reasons.map((r) => r.code)).toEqual([
      "throat-swelling",
      "pregnancy-swelling",
      "infection",
      "rosacea",
    ]);
    expect(result.reasons[0]?.message.startsWith("Get help now:")).toBe(true);
    expect(result.reasons[1]?.message.startsWith("Get help now:")).toBe(true);
    expect(result.reasons[1]?.message).toContain("Call your midwife or doctor now");
  });

  it("pregnancy alone is allowed, with the warning signs and no essential oils", () => {
    const result = on("pregnant");
    expect(result.verdict).toBe("adjusted");
    expect(result.reasons.map((r) => r.code)).toEqual(["pregnant"]);
    expect(result.reasons[0]?.message).toContain("keep essential oils out of your massage medium");
    expect(result.reasons[0]?.message).toContain("call your midwife or doctor at once");
    expect(result.excludedZones).toEqual([]);
    expect(result.pressureCap).toBe(3);
  });

  it("a cold sore stops from the first tingle and asks for tools to be cleaned", () => {
    const message = on("infection").reasons[0]?.message ?? "";
    expect(message).toContain("from the first tingle until the crust has gone");
    expect(message).toContain("Clean any tool that touched your face");
  });
});

describe("screen: section 5b adjustments", () => {
  it("isotretinoin: fingers only, pressure 2, no pinching or kneading", () => {
    const result = on("isotretinoin");
    expect(result).toMatchObject({
      verdict: "adjusted",
      pressureCap: 2,
      bannedTools: ["roller", "gua-sha"],
      bannedTechniques: ["pinch", "kneading", "roller", "gua-sha"],
    });
    expect(result.reasons[0]?.message).toMatch(/stop if it stings.*dermatologist who prescribed/);
  });

  it("a new retinoid: no gua sha, the roller at the lightest touch", () => {
    const result = on("new-retinoid");
    expect(result).toMatchObject({
      bannedTools: ["gua-sha"],
      bannedTechniques: ["gua-sha"],
      toolPressureCaps: { roller: 1 },
      pressureCap: 3,
    });
    expect(pressureLimit(result, "cheeks", "roller")).toBe(1);
    expect(pressureLimit(result, "cheeks", "fingers")).toBe(3);
    expect(result.reasons[0]?.message).toContain("Never use the retinoid as your massage medium");
  });

  it("sensitive skin allows a roller at 1 but never gua sha", () => {
    const result = on("sensitive");
    expect(toolBanned(result, "cheeks", "roller")).toBe(false);
    expect(toolBanned(result, "cheeks", "gua-sha")).toBe(true);
    expect(pressureLimit(result, "forehead", "roller")).toBe(1);
    expect(pressureLimit(result, "forehead", "fingers")).toBe(2);
  });

  it("blood thinners cap pressure at 2 and keep the roller at 1", () => {
    const result = on("blood-thinners");
    expect(pressureLimit(result, "masseter", "fingers")).toBe(2);
    expect(pressureLimit(result, "neck-sides", "roller")).toBe(1);
    expect(result.reasons[0]?.message).toContain("Stop if a bruise appears");
    expect(result.reasons[0]?.message).toContain("the doctor who prescribes them");
  });

  it.each<Condition>(["acne-breakout", "sunburn", "changing-mole", "eczema-flare"])(
    "%s with no zones marked keeps tools off the face, not the neck",
    (condition) => {
      const result = on(condition);
      expect(result.excludedZones).toEqual([]);
      expect(Object.keys(result.zoneBannedTools ?? {})).toEqual(FACE_ZONES);
      expect(toolBanned(result, "cheeks", "roller")).toBe(true);
      // Eczema keeps to fingers everywhere; the others leave the neck roller alone.
      expect(toolBanned(result, "neck-sides", "roller")).toBe(condition === "eczema-flare");
      expect(result.reasons[0]?.message).toContain("mark the affected areas");
    },
  );

  it("marked zones are left out and allow tools elsewhere (except with eczema)", () => {
    const acne = screen(
      profile({ conditions: ["acne-breakout"], skipZones: ["cheeks"] }),
      TODAY,
      en,
    );
    expect(acne.excludedZones).toEqual(["cheeks"]);
    expect(acne.zoneBannedTools).toEqual({});
    const mole = screen(
      profile({ conditions: ["changing-mole"], skipZones: ["temples"] }),
      TODAY,
      en,
    );
    expect(mole.excludedZones).toEqual(["temples"]);
    expect(mole.reasons[0]?.message).toContain("until a dermatologist has seen it");
    const eczema = screen(
      profile({ conditions: ["eczema-flare"], skipZones: ["mouth"] }),
      TODAY,
      en,
    );
    expect(eczema).toMatchObject({
      excludedZones: ["mouth"],
      pressureCap: 1,
      bannedTools: ["roller", "gua-sha"],
    });
    expect(eczema.reasons[0]?.message).toContain("fragrance-free medium with no essential oils");
    expect(eczema.reasons[0]?.message).toContain("urgent care the same day");
  });

  it("trigeminal neuralgia keeps to the neck, collarbone and shoulders", () => {
    const result = on("trigeminal-neuralgia");
    expect(result.excludedZones).toEqual(FACE_ZONES);
    expect(result.reasons[0]?.message).toContain("Stop at the first twinge");
  });

  it("TMJ keeps the jaw muscle and temples at pressure 2", () => {
    const result = on("tmj");
    expect(result.excludedZones).toEqual([]);
    expect(result.zonePressureCaps).toEqual({ masseter: 2, temples: 2 });
    expect(pressureLimit(result, "masseter")).toBe(2);
    expect(result.reasons[0]?.message).toContain("dentist or physiotherapist");
  });

  it("a doctor's clearance lifts the neck caution and the plan says so", () => {
    const caution = screen(profile({ conditions: ["thyroid"], age: 70 }), TODAY, en);
    expect(caution.excludedZones).toEqual(["neck-sides"]);
    const cleared = screen(
      profile({ conditions: ["thyroid"], age: 70, neckCleared: true }),
      TODAY,
      en,
    );
    expect(cleared.verdict).toBe("adjusted");
    expect(cleared.excludedZones).toEqual([]);
    expect(cleared.reasons.map((r) => r.code)).toEqual(["neck-cleared"]);
    expect(cleared.reasons[0]?.message).toContain(
      "your doctor cleared neck work despite thyroid disease and being over 60",
    );
    expect(screen(profile({ neckCleared: true }), TODAY, en).verdict).toBe("ok");
  });

  it("a chosen ceiling lowers pressure without a reason", () => {
    const result = screen(profile({ maxPressure: 2 }), TODAY, en);
    expect(result.verdict).toBe("ok");
    expect(result.reasons).toEqual([]);
    expect(pressureLimit(result, "masseter")).toBe(2);
  });

  it("every new reason names whom to ask or what to do", () => {
    const codes: Condition[] = [
      "isotretinoin",
      "new-retinoid",
      "changing-mole",
      "eczema-flare",
      "trigeminal-neuralgia",
      "tmj",
      "pregnant",
    ];
    for (const c of codes) {
      expect(on(c).reasons[0]?.message).toMatch(
        /dermatologist|prescribed|neurologist|dentist|physiotherapist|midwife|GP/,
      );
    }
  });
});
