import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { Condition } from "../model/conditions.ts";
import { type LocalDate, parseLocalDate } from "../time/local-date.ts";
import type { SafetyProfile } from "./profile.ts";
import { pressureLimit, screen } from "./screen.ts";

const en = translatorFor("en");

const TODAY = parseLocalDate("2026-05-20") as LocalDate;

const profile = (over: Partial<SafetyProfile> = {}): SafetyProfile => ({
  conditions: [],
  injectables: [],
  skipZones: [],
  medium: "serum",
  ...over,
});

describe("screen: stop rules", () => {
  it.each<[Condition, string]>([
    ["infection", "infection"],
    ["blood-clot", "blood-clot"],
    ["heart-failure", "heart-failure"],
    ["unexplained-swelling", "unexplained-swelling"],
    ["cancer-treatment", "cancer-treatment"],
  ])("%s stops with code %s", (condition, code) => {
    const result = screen(profile({ conditions: [condition] }), TODAY, en);
    expect(result.verdict).toBe("stop");
    expect(result.reasons.map((r) => r.code)).toEqual([code]);
  });

  it("a missing medium stops with needs-medium", () => {
    const result = screen(profile({ medium: "none" }), TODAY, en);
    expect(result.verdict).toBe("stop");
    expect(result.reasons.map((r) => r.code)).toEqual(["needs-medium"]);
    expect(result.reasons[0]?.message).toContain("serum or facial oil");
  });

  it("lists stop reasons first and keeps the adjustments too", () => {
    const result = screen(
      profile({ conditions: ["rosacea", "infection"], medium: "none" }),
      TODAY,
      en,
    );
    expect(result.verdict).toBe("stop");
    expect(result.reasons.map((r) => r.code)).toEqual(["infection", "needs-medium", "rosacea"]);
  });

  it.each([
    "infection",
    "blood-clot",
    "heart-failure",
    "unexplained-swelling",
    "cancer-treatment",
  ] as const)("%s tells the person to ask a clinician, doctor, or care team", (condition) => {
    const message =
      screen(profile({ conditions: [condition] }), TODAY, en).reasons[0]?.message ?? "";
    expect(message).toMatch(/clinician|doctor|care team/);
  });
});

describe("screen: adjusting rules", () => {
  it("nothing noted is ok with no limits", () => {
    expect(screen(profile(), TODAY, en)).toEqual({
      verdict: "ok",
      reasons: [],
      excludedZones: [],
      pressureCap: 3,
      zonePressureCaps: {},
      bannedTools: [],
      bannedTechniques: [],
      zoneBannedTools: {},
      toolPressureCaps: {},
    });
  });

  it.each<[Condition, Partial<ReturnType<typeof screen>>]>([
    [
      "rosacea",
      {
        pressureCap: 2,
        zonePressureCaps: { cheeks: 1, "nose-sides": 1 },
        bannedTools: ["roller", "gua-sha"],
        bannedTechniques: ["pinch", "tap", "roller", "gua-sha"],
        excludedZones: [],
      },
    ],
    [
      "sensitive",
      {
        pressureCap: 2,
        zonePressureCaps: { cheeks: 1, "nose-sides": 1 },
        bannedTools: ["gua-sha"],
        bannedTechniques: ["pinch", "tap", "gua-sha"],
        toolPressureCaps: { roller: 1 },
        excludedZones: [],
      },
    ],
    ["thyroid", { pressureCap: 3, excludedZones: ["neck-sides"], bannedTools: [] }],
    ["carotid", { pressureCap: 3, excludedZones: ["neck-sides"], bannedTools: [] }],
    ["arrhythmia", { pressureCap: 3, excludedZones: ["neck-sides"], bannedTools: [] }],
    [
      "blood-thinners",
      {
        pressureCap: 2,
        bannedTools: ["gua-sha"],
        bannedTechniques: ["pinch", "kneading", "gua-sha"],
        toolPressureCaps: { roller: 1 },
        excludedZones: [],
      },
    ],
    [
      "bleeding-disorder",
      {
        pressureCap: 2,
        bannedTools: ["gua-sha"],
        bannedTechniques: ["pinch", "kneading", "gua-sha"],
        toolPressureCaps: { roller: 1 },
        excludedZones: [],
      },
    ],
    ["acne-breakout", { excludedZones: [], bannedTools: [], pressureCap: 3 }],
    ["sunburn", { excludedZones: [], bannedTools: [], pressureCap: 3 }],
  ])("%s adjusts the plan", (condition, expected) => {
    const result = screen(profile({ conditions: [condition] }), TODAY, en);
    expect(result.verdict).toBe("adjusted");
    expect(result).toMatchObject(expected);
  });

  it.each<[Condition, string]>([
    ["rosacea", "rosacea"],
    ["sensitive", "sensitive"],
    ["thyroid", "neck-caution"],
    ["carotid", "neck-caution"],
    ["arrhythmia", "neck-caution"],
    ["blood-thinners", "blood-thinners"],
    ["bleeding-disorder", "bleeding-disorder"],
    ["acne-breakout", "acne-breakout"],
    ["sunburn", "sunburn"],
  ])("%s gives reason code %s", (condition, code) => {
    expect(
      screen(profile({ conditions: [condition] }), TODAY, en).reasons.map((r) => r.code),
    ).toEqual([code]);
  });

  it("names every cause of the neck caution in one reason", () => {
    const result = screen(profile({ conditions: ["thyroid", "arrhythmia"], age: 72 }), TODAY, en);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]?.message).toContain(
      "Because of thyroid disease and an irregular heartbeat and being over 60",
    );
    expect(result.reasons[0]?.zones).toEqual(["neck-sides"]);
  });

  it.each([
    [60, "ok", []],
    [61, "adjusted", ["neck-sides"]],
    [18, "ok", []],
  ] as const)("age %i gives %s", (age, verdict, excluded) => {
    const result = screen(profile({ age }), TODAY, en);
    expect(result.verdict).toBe(verdict);
    expect(result.excludedZones).toEqual(excluded);
  });

  it("breakouts and sunburn leave out the zones the person marked, and say which", () => {
    const result = screen(
      profile({ conditions: ["acne-breakout"], skipZones: ["chin-jawline", "cheeks"] }),
      TODAY,
      en,
    );
    expect(result.excludedZones).toEqual(["chin-jawline", "cheeks"]);
    expect(result.reasons[0]?.message).toContain("(chin and jawline, cheeks)");
    const unmarked = screen(profile({ conditions: ["sunburn"] }), TODAY, en);
    expect(unmarked.reasons[0]?.message).toContain("mark the affected areas");
  });

  it("zones skipped by choice are excluded without a reason or a change of verdict", () => {
    const result = screen(profile({ skipZones: ["mouth", "forehead"] }), TODAY, en);
    expect(result.verdict).toBe("ok");
    expect(result.reasons).toEqual([]);
    expect(result.excludedZones).toEqual(["forehead", "mouth"]);
  });

  it("caps pressure per zone", () => {
    const result = screen(profile({ conditions: ["rosacea"] }), TODAY, en);
    expect(pressureLimit(result, "cheeks")).toBe(1);
    expect(pressureLimit(result, "nose-sides")).toBe(1);
    expect(pressureLimit(result, "masseter")).toBe(2);
    expect(pressureLimit(screen(profile(), TODAY, en), "masseter")).toBe(3);
  });
});
