import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { levelWords, scoreOf } from "./checkin.ts";
import { validateCheckin } from "./checkin-validate.ts";
import { checkinBody } from "./test-fixtures.ts";

const en = translatorFor("en");

describe("validateCheckin", () => {
  it("accepts a full check-in and returns only the known fields", () => {
    const raw = {
      ...checkinBody({
        sessionId: "0192a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b",
        ratings: { puffiness: 2, radiance: 4, breakouts: 1 },
        reactions: [{ kind: "redness", zone: "cheeks" }],
        note: "new oil",
      }),
      extra: "dropped",
    };
    expect(validateCheckin(raw)).toEqual({
      ok: true,
      value: {
        at: "2026-03-02T20:10:00Z",
        timeZone: "UTC",
        sessionId: "0192a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b",
        ratings: { puffiness: 2, radiance: 4, breakouts: 1 },
        reactions: [{ kind: "redness", zone: "cheeks" }],
        note: "new oil",
      },
    });
  });

  it.each([
    [{ ratings: { puffiness: 6 } }, "checkin.ratings.puffiness"],
    [{ ratings: { puffiness: 2.5 } }, "checkin.ratings.puffiness"],
    [{ ratings: { glow: 3 } }, "checkin.ratings.glow"],
    [{ reactions: [{ kind: "itch", zone: "cheeks" }] }, "checkin.reactions[0].kind"],
    [{ reactions: [{ kind: "redness", zone: "nose" }] }, "checkin.reactions[0].zone"],
    [{ at: "yesterday" }, "checkin.at"],
    [{ timeZone: "Mars/Olympus" }, "checkin.timeZone"],
    [{ sessionId: "abc" }, "checkin.sessionId"],
    [{ note: "x".repeat(2001) }, "checkin.note"],
    [{ note: 5 }, "checkin.note"],
  ])("refuses %j naming %s", (over, field) => {
    const result = validateCheckin({ ...checkinBody(), ...over });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field).toBe(field);
  });

  it("has words for every stored level, through its score", () => {
    expect(levelWords("puffiness", scoreOf("puffiness", 1), en)).toBe("Not puffy");
    expect(levelWords("puffiness", scoreOf("puffiness", 5), en)).toBe("Very puffy");
    expect(levelWords("tension", scoreOf("tension", 3), en)).toBe("Some tension");
  });
});
