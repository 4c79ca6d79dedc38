import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { CONDITIONS } from "../model/conditions.ts";
import type { Pressure } from "../model/pressure.ts";
import { TECHNIQUE_IDS, TECHNIQUES } from "../model/techniques.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../model/zones.ts";
import { INJECTABLE_KINDS, PROCEDURE_KINDS, type SafetyProfile } from "../safety/profile.ts";
import { screen } from "../safety/screen.ts";
import { addDays, type LocalDate } from "../time/local-date.ts";
import { makeStep } from "./build-steps.ts";
import { shortenedNote } from "./plan-notes.ts";
import { planSession } from "./plan-session.ts";
import type { Side } from "./plan-types.ts";
import { practicePlan } from "./practice.ts";
import { stepTiming } from "./step-timing.ts";

const en = translatorFor("en");

const DAY = "2026-05-20" as LocalDate;
/** "One" is left out: it is a pronoun too ("if you have one, a roller"). */
const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** Every noun a count may carry in a cue, a reason or a note. */
const COUNTED =
  /^(strokes?|pass(es)?|circles?|holds?|pinch(es)?|lines?|seconds?|minutes?|days?|weeks?|months?|movements?|mm)\b/;

/**
 * The slips the issue found, as checks: a doubled article ("the the"), an article before a
 * preposition ("Filler in the around the mouth"), a number with no noun ("about 16"), stray
 * spacing, and template leftovers.
 */
const DATES =
  /\d{4}-\d{2}-\d{2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/g;

function slips(text: string): string[] {
  const out: string[] = [];
  if (/\b(the|a|an)\s+(the|a|an)\b/i.test(text)) out.push("doubled article");
  if (
    /\b(the|a|an)\s+(around|under|beside|in|on|at|of|from|to|above|below|between|along|over|near|behind|toward|down|up|out)\b/i.test(
      text,
    )
  )
    out.push("article before a preposition");
  // A date is one word whether ISO or written out ("3 June 2026", as the safety reasons say it).
  const words = text.replace(DATES, "DATE").split(/\s+/);
  words.forEach((word, i) => {
    const bare = word.replace(/[,.:;()]+$/, "");
    const isNumber = /^\d+(\.\d+)?$/.test(bare) || NUMBER_WORDS.includes(bare.toLowerCase());
    // An age is said as "over 60": the noun ("years") is understood.
    const age = words[i - 1] === "over" && /^\d+$/.test(bare);
    // Telephone numbers, after "emergency number (such as": they count nothing.
    const phone = /emergency number \(such as/.test(text) && /^\d{3}$/.test(bare);
    if (!isNumber || age || phone) return;
    const next = words[i + 1] ?? "";
    if (bare !== word || !COUNTED.test(next)) out.push(`"${bare}" without a noun`);
  });
  if (/\s{2}|\s[,.:;]|\{|\}|undefined|NaN/.test(text)) out.push("spacing or a template leftover");
  if (!/^[A-Z]/.test(text) || !/[.!?)]$/.test(text)) out.push("not a sentence");
  return out;
}

/** Every cue text a step can have: each zone, technique, side, pressure and length allowed. */
function everyCue(): Set<string> {
  const texts = new Set<string>();
  for (const zone of ZONE_IDS) {
    for (const technique of ZONES[zone].techniques) {
      const timing = stepTiming(zone, technique);
      if (timing === undefined) continue;
      const sided = ZONES[zone].sides === "pair" && TECHNIQUES[technique].oneSideAtATime;
      const sides: readonly Side[] = sided
        ? ["left", "right"]
        : [ZONES[zone].sides === "pair" ? "both" : "center"];
      const step = Math.max(1, timing.unit);
      for (let seconds = timing.min; seconds <= timing.max; seconds += step)
        for (const side of sides)
          for (const pressure of [1, 2, 3] as const)
            for (const last of [false, true]) {
              const s = makeStep(
                {
                  zone,
                  technique,
                  side,
                  length: seconds,
                  sections: timing.sections,
                  pressure,
                  last,
                },
                en,
              );
              for (const cue of s.cues) texts.add(cue.text);
            }
    }
  }
  for (const technique of TECHNIQUE_IDS)
    for (const zone of [undefined, ...ZONE_IDS])
      for (const s of practicePlan(technique, en, zone).steps)
        for (const c of s.cues) texts.add(c.text);
  return texts;
}

/** Every reason the screen gives and every note the planner adds. */
function everyReason(): Set<string> {
  const texts = new Set<string>();
  const profile = (over: Partial<SafetyProfile>): SafetyProfile => ({
    conditions: [],
    injectables: [],
    skipZones: [],
    medium: "serum",
    ...over,
  });
  const add = (p: SafetyProfile) => {
    for (const r of screen(p, DAY, en).reasons) texts.add(r.message);
  };
  for (const c of CONDITIONS) {
    add(profile({ conditions: [c] }));
    for (const z of ZONE_IDS) add(profile({ conditions: [c], skipZones: [z] }));
    add(profile({ conditions: [c], skipZones: ["cheeks", "mouth", "under-eyes"] }));
  }
  add(profile({ conditions: ["thyroid", "carotid", "arrhythmia"], age: 70 }));
  add(profile({ age: 61 }));
  add(profile({ medium: "none" }));
  const daysBefore = [0, 1, 3, 8, 12, 20, 30, 50, 80, 200];
  for (const kind of INJECTABLE_KINDS)
    for (const zone of ZONE_IDS)
      for (const days of daysBefore)
        add(profile({ injectables: [{ kind, zone, date: addDays(DAY, -days) }] }));
  for (const kind of PROCEDURE_KINDS)
    for (const days of daysBefore)
      for (const cleared of [false, true])
        add(
          profile({
            procedures: [{ kind, date: addDays(DAY, -days), ...(cleared ? { cleared } : {}) }],
          }),
        );
  add(profile({ conditions: ["thyroid"], neckCleared: true }));
  add(profile({ conditions: ["pregnant", "unexplained-swelling"] }));
  const all: ZoneId[] = [...ZONE_IDS];
  for (const input of [
    { slot: "pm" as const, minutes: 5, medium: "serum" as const, date: DAY, skipZones: all },
    {
      slot: "am" as const,
      minutes: 5,
      medium: "serum" as const,
      date: DAY,
      goals: ["absorption" as const],
    },
    {
      slot: "pm" as const,
      minutes: 5,
      medium: "serum" as const,
      date: DAY,
      skipZones: ["collarbone" as const, "neck-sides" as const],
    },
  ]) {
    const result = planSession(input, en);
    if (result.ok)
      for (const r of [...result.plan.reasons, ...result.plan.notes]) texts.add(r.message);
  }
  for (let movements = 1; movements <= 12; movements++)
    for (const total of [15, 60, 61, 90, 125, 1140])
      for (const minutes of [1, 2, 20])
        texts.add(shortenedNote(total, minutes, movements, en).message);
  return texts;
}

describe("every text the planner can say", () => {
  it("has no doubled article, no article before a preposition, and no number without a noun", () => {
    const found: string[] = [];
    for (const text of [...everyCue(), ...everyReason()])
      for (const slip of slips(text)) found.push(`${slip}: ${text}`);
    expect(found).toEqual([]);
  });

  it("catches the slips the issue reported", () => {
    expect(slips("Filler in the around the mouth on 2026-05-01: we leave that area out.")).toEqual([
      "article before a preposition",
    ]);
    expect(slips("Cheeks: sweep outward, about 16.")).toEqual(['"16" without a noun']);
    expect(slips("Hold the the stone flat.")).toEqual(["doubled article"]);
    expect(slips("Cheeks: five passes along each of three lines.")).toEqual([]);
  });

  it("names every pressure level and zone in words that fit a sentence", () => {
    for (const level of [1, 2, 3] as Pressure[])
      expect(slips(en(`pressure.${level}.description`))).toEqual([]);
    for (const zone of ZONE_IDS) {
      expect(en(`zone.${zone}.area`)).toMatch(/^the /);
      for (const side of ["left", "right"] as const)
        expect(en(`zone.${zone}.side`, { side })).toMatch(new RegExp(`\\b${side}\\b`, "i"));
    }
  });
});
