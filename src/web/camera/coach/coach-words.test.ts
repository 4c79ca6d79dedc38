import { describe, expect, it } from "vitest";
import type { CoachMessage } from "../../../core/camera/stroke-coach.ts";
import { COACH_NOTICES, coachTone, coachWords, countWords, noticeWords } from "./coach-words.ts";

const every: readonly CoachMessage[] = [
  { code: "on-target", zone: "cheeks", word: "outward" },
  { code: "go-direction", zone: "chin-jawline", word: "along-the-jaw" },
  { code: "move-to", toward: "higher", from: "chin-jawline", to: "cheeks" },
  { code: "other-side", side: "left" },
  { code: "hold-still", zone: "temples" },
  { code: "show-face" },
  { code: "show-hands" },
];

describe("coachWords", () => {
  it("says where and which way, praising only what is on target", () => {
    expect(every.map(coachWords)).toEqual([
      "Good: outward.",
      "On the chin and jawline, let each stroke go along the jaw toward the ear.",
      "A little higher: you are on the chin and jawline.",
      "This step is on your left side.",
      "Stay on the spot and hold.",
      "Move so the camera can see your whole face.",
      "Bring your fingers into the camera's view.",
    ]);
    expect(every.map(coachTone)).toEqual([
      "good",
      "guide",
      "guide",
      "guide",
      "guide",
      "guide",
      "guide",
    ]);
  });

  it("never speaks of pressure, nor scolds", () => {
    const all = [...every.map(coachWords), ...COACH_NOTICES.map(noticeWords)]
      .join(" ")
      .toLowerCase();
    for (const word of ["press", "hard", "wrong", "bad", "don't", "stop doing"])
      expect(all).not.toContain(word);
  });

  it("counts in the technique's own noun, and says nothing for one that is not counted", () => {
    expect(countWords("strokes", 1)).toBe("1 stroke");
    expect(countWords("strokes", 3)).toBe("3 strokes");
    expect(countWords("small-circles", 2)).toBe("2 circles");
    expect(countWords("tap", 2)).toBe("");
  });
});
