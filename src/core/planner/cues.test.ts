import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { buildCues, SPEECH_WORDS_PER_SECOND, speakingSeconds, wordCount } from "./cues.ts";

const en = translatorFor("en");

describe("cue texts", () => {
  it("counts words and speaking time at 2.5 words a second", () => {
    expect(SPEECH_WORDS_PER_SECOND).toBe(2.5);
    expect(wordCount("  Last five  seconds. ")).toBe(3);
    expect(speakingSeconds("Halfway. About one stroke a second.")).toBe(2.4);
  });

  it("cues a both-sides step: where, movement, lines and count, pressure; halfway; last five", () => {
    expect(
      buildCues(
        {
          zone: "cheeks",
          side: "both",
          technique: "strokes",
          pressure: 2,
          sections: 3,
          reps: 13,
          seconds: 40,
          last: false,
        },
        en,
      ),
    ).toEqual([
      {
        at: 0,
        kind: "start",
        text: "Cheeks: sweep from the nose out to the ear, about 13 strokes along each of three lines. Light, gliding strokes.",
      },
      { at: 20, kind: "halfway", text: "Halfway. About one stroke a second." },
      { at: 35, kind: "last-five", text: "Last five seconds." },
    ]);
  });

  it("says a tool's count exactly, names the side, and repeats the tool's pressure at halfway", () => {
    const step = {
      zone: "cheeks",
      technique: "roller",
      pressure: 1,
      sections: 3,
      reps: 5,
      seconds: 30,
    } as const;
    const left = buildCues({ ...step, side: "left", last: false }, en);
    const right = buildCues({ ...step, side: "right", last: true }, en);
    expect(left.map((c) => c.text)).toEqual([
      "Left cheek: roll from the nose out to the ear, five passes along each of three lines. Let the roller's own weight do the work.",
      "Halfway. Let the roller's own weight do the work.",
      "Five seconds, then the right side.",
    ]);
    expect(right.map((c) => [c.at, c.kind, c.text])).toEqual([
      [
        0,
        "switch-side",
        "Right cheek: roll from the nose out to the ear, five passes along each of three lines. Let the roller's own weight do the work.",
      ],
      [15, "halfway", "Halfway. Let the roller's own weight do the work."],
      [25, "last-five", "Last five seconds, then rest."],
    ]);
  });

  it("works a midline zone with a one-handed tool half by half", () => {
    const [start] = buildCues(
      {
        zone: "forehead",
        side: "center",
        technique: "gua-sha",
        pressure: 1,
        sections: 6,
        reps: 4,
        seconds: 48,
        last: false,
      },
      en,
    );
    expect(start?.text).toBe(
      "Forehead: glide the stone from the centre out to the temples, four strokes along each of three lines on each side. Stone almost flat, as light as you can.",
    );
  });

  it("names the ring fingers under the eyes", () => {
    const [start, halfway] = buildCues(
      {
        zone: "under-eyes",
        side: "both",
        technique: "tap",
        pressure: 1,
        sections: 1,
        seconds: 30,
        last: false,
      },
      en,
    );
    expect(start?.text).toBe(
      "Under the eyes: tap lightly with your ring fingers from the inner corner out to the temple. Ring fingers only, feather-light, no pulling.",
    );
    expect(halfway?.text).toBe("Halfway. Light and quick.");
  });

  it("drops the count, then the pressure, then the movement when a step is short", () => {
    const cues = buildCues(
      {
        zone: "neck-sides",
        side: "both",
        technique: "strokes",
        pressure: 1,
        sections: 2,
        reps: 7,
        seconds: 15,
        last: false,
      },
      en,
    );
    expect(cues).toEqual([
      {
        at: 0,
        kind: "start",
        text: "Sides of the neck: sweep down from the ear to the collarbone.",
      },
      { at: 7, kind: "halfway", text: "Halfway." },
      { at: 10, kind: "last-five", text: "Last five seconds." },
    ]);
  });

  it("gives each technique its own pressure words", () => {
    const start = (
      technique: "pressure-points" | "kneading" | "tap" | "pinch",
      pressure: 1 | 2 | 3,
    ) =>
      buildCues(
        {
          zone: technique === "pinch" ? "brows" : technique === "tap" ? "forehead" : "temples",
          side: "both",
          technique,
          pressure,
          sections: 1,
          seconds: 60,
          last: false,
        },
        en,
      )[0]?.text;
    expect(start("pressure-points", 3)).toBe(
      "Temples: press and hold points back toward the ears. Firm, never painful.",
    );
    expect(start("tap", 2)).toBe(
      "Forehead: tap lightly from the centre out to the temples. Light, quick taps, no pressing.",
    );
    expect(start("pinch", 1)).toBe(
      "Brows: pinch lightly, from the inner to the outer end. Tiny pinches, never tugging.",
    );
  });

  it("tells a skin stretch it is too hard when the skin reddens or the muscle is felt", () => {
    const cues = buildCues(
      {
        zone: "collarbone",
        side: "both",
        technique: "stationary-circles",
        pressure: 1,
        sections: 1,
        reps: 10,
        seconds: 20,
        last: false,
      },
      en,
    );
    expect(cues.map((c) => c.text)).toEqual([
      "Collarbone: circle in place, finishing down and in, about ten circles. Feather-light: move the skin, don't slide.",
      "Halfway. Lighter if the skin reddens or you feel muscle.",
      "Last five seconds.",
    ]);
  });
});
