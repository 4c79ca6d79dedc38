import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { addDays, type LocalDate } from "../time/local-date.ts";
import { MEASURES, type Score } from "./checkin.ts";
import { type DatedScore, type DatedSlot, trendSummary } from "./trend.ts";

const en = translatorFor("en");

const d = (s: string) => s as LocalDate;
const start = d("2026-03-01");

/** Scores (5 = better) on the given day offsets from 1 March. */
function levels(pairs: readonly [number, 1 | 2 | 3 | 4 | 5][]): DatedScore[] {
  return pairs.map(([day, score]) => ({ date: addDays(start, day), score: score as Score }));
}

const evenings: DatedSlot[] = Array.from({ length: 28 }, (_, i) => ({
  date: addDays(start, i),
  slot: "pm",
}));

describe("trendSummary", () => {
  it("reports a fall in plain words with the kind of sessions", () => {
    const t = trendSummary(
      "puffiness",
      levels([
        [0, 4],
        [2, 3],
        [4, 4],
        [6, 3],
        [21, 3],
        [24, 2],
        [27, 3],
        [26, 2],
      ]),
      evenings,
      en,
    );
    expect(t).toEqual({
      measure: "puffiness",
      direction: "fell",
      from: 3.5,
      to: 2.5,
      weeks: 4,
      text: "Puffiness ratings fell from 3.5 to 2.5, towards “Very puffy”, over 4 weeks of evening sessions.",
    });
  });

  it("reports a rise over morning sessions", () => {
    const mornings: DatedSlot[] = [
      { date: d("2026-03-03"), slot: "am" },
      { date: d("2026-03-10"), slot: "am" },
      { date: d("2026-03-12"), slot: "pm" },
    ];
    const t = trendSummary(
      "radiance",
      levels([
        [0, 2],
        [1, 3],
        [14, 4],
        [15, 4],
      ]),
      mornings,
      en,
    );
    expect(t.text).toBe(
      "Radiance ratings rose from 2.5 to 4.0, towards “Glowing”, over 2 weeks of morning sessions.",
    );
  });

  it("calls a small change steady and says when no sessions were recorded", () => {
    const t = trendSummary(
      "tension",
      levels([
        [0, 3],
        [1, 3],
        [18, 3],
        [19, 3],
        [20, 3],
        [21, 2],
      ]),
      [],
      en,
    );
    expect(t.direction).toBe("steady");
    expect(t.text).toBe(
      "Tension ratings stayed about the same (3.0 then 2.8) over 3 weeks with no sessions recorded.",
    );
  });

  it("mixes slots into 'of sessions'", () => {
    const mixed: DatedSlot[] = [
      { date: d("2026-03-03"), slot: "am" },
      { date: d("2026-03-04"), slot: "pm" },
    ];
    const t = trendSummary(
      "firmness",
      levels([
        [0, 2],
        [1, 2],
        [13, 4],
        [12, 4],
      ]),
      mixed,
      en,
    );
    expect(t.text).toBe(
      "Firmness ratings rose from 2.0 to 4.0, towards “Very springy”, over 2 weeks of sessions.",
    );
  });

  it("says there are too few ratings under two weeks or with one rating in a week", () => {
    expect(
      trendSummary(
        "breakouts",
        levels([
          [0, 2],
          [1, 3],
          [10, 1],
        ]),
        [],
        en,
      ).direction,
    ).toBe("too-few");
    expect(
      trendSummary(
        "breakouts",
        levels([
          [0, 2],
          [20, 1],
          [21, 1],
        ]),
        [],
        en,
      ).text,
    ).toBe(
      "Not enough breakouts ratings yet to show a trend: it takes a few ratings spread over at least two weeks.",
    );
    expect(trendSummary("breakouts", [], [], en).direction).toBe("too-few");
  });

  it("never claims a cause, whatever the ratings", () => {
    const causal =
      /because|due to|thanks to|caus|result|improv|work(s|ed)|helps?|effect|better|worse/i;
    fc.assert(
      fc.property(
        fc.constantFrom(...MEASURES),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 5 })), {
          maxLength: 40,
        }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom("am", "pm", "weekly")), {
          maxLength: 40,
        }),
        (measure, ratings, slots) => {
          const t = trendSummary(
            measure,
            ratings.map(([day, score]) => ({ date: addDays(start, day), score: score as Score })),
            slots.map(([day, slot]) => ({ date: addDays(start, day), slot })),
            en,
          );
          expect(t.text).not.toMatch(causal);
        },
      ),
    );
  });
});
