import { describe, expect, it } from "vitest";
import { buildCues, SPEECH_WORDS_PER_SECOND, speakingSeconds, wordCount } from "./cues.ts";

describe("cue texts", () => {
  it("counts words and speaking time at 2.5 words a second", () => {
    expect(SPEECH_WORDS_PER_SECOND).toBe(2.5);
    expect(wordCount("  Last five  seconds. ")).toBe(3);
    expect(speakingSeconds("Halfway. About one stroke a second.")).toBe(2.4);
  });

  it("cues a both-sides step: start, halfway, last five seconds", () => {
    expect(
      buildCues({
        zone: "cheeks",
        side: "both",
        technique: "strokes",
        pressure: 2,
        seconds: 40,
        last: false,
      }),
    ).toEqual([
      { at: 0, kind: "start", text: "Cheeks: sweep from the nose out to the ear. Light glide." },
      { at: 20, kind: "halfway", text: "Halfway. About one stroke a second." },
      { at: 35, kind: "last-five", text: "Last five seconds." },
    ]);
  });

  it("tells when to switch sides", () => {
    const left = buildCues({
      zone: "masseter",
      side: "left",
      technique: "kneading",
      pressure: 3,
      seconds: 30,
      last: false,
    });
    const right = buildCues({
      zone: "masseter",
      side: "right",
      technique: "kneading",
      pressure: 3,
      seconds: 30,
      last: true,
    });
    expect(left.map((c) => c.text)).toEqual([
      "Jaw muscle, left side: knead from the cheekbone down to the jaw. Firm, never painful.",
      "Halfway. Slow, steady circles.",
      "Five seconds, then the right side.",
    ]);
    expect(right.map((c) => [c.at, c.kind, c.text])).toEqual([
      [0, "switch-side", "Switch to the right side: knead from the cheekbone down to the jaw."],
      [15, "halfway", "Halfway. Slow, steady circles."],
      [25, "last-five", "Last five seconds, then rest."],
    ]);
  });

  it("shortens cues that would not fit before the next one", () => {
    const cues = buildCues({
      zone: "under-cheekbone",
      side: "both",
      technique: "pressure-points",
      pressure: 2,
      seconds: 12,
      last: false,
    });
    expect(cues).toEqual([
      {
        at: 0,
        kind: "start",
        text: "Under the cheekbones: press and hold points from the nose out to the ear.",
      },
      { at: 6, kind: "halfway", text: "Halfway." },
      { at: 7, kind: "last-five", text: "Last five seconds." },
    ]);
  });

  it("uses words for pressure that fit the movement", () => {
    const press = buildCues({
      zone: "temples",
      side: "both",
      technique: "pressure-points",
      pressure: 2,
      seconds: 60,
      last: false,
    });
    expect(press[0]?.text).toBe(
      "Temples: press and hold points back toward the ears. Gentle, steady pressure.",
    );
  });
});
