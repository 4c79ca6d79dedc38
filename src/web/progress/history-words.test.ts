import { describe, expect, it } from "vitest";
import { checkinBody } from "../../core/progress/test-fixtures.ts";
import { checkinText, durationText } from "./history-words.ts";

describe("history words", () => {
  it("says a session's length to the second", () => {
    expect(durationText(540)).toBe("9 min");
    expect(durationText(96)).toBe("1 min 36 s");
    expect(durationText(45)).toBe("45 s");
  });

  it("shows a check-in stored in the first format by its score, 5 = better", () => {
    // Stored before scores existed: puffiness 1 was "none", tension 5 "very tight".
    const body = checkinBody({
      ratings: { puffiness: 1, tension: 5 },
      reactions: [{ kind: "redness", zone: "cheeks" }],
      note: "new oil",
    });
    expect(checkinText(body)).toBe(
      "Puffiness: Not puffy (5 of 5) and Tension: Very tight (1 of 5). Reactions: Redness (Cheeks). Note: new oil",
    );
  });
});
