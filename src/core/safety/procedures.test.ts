import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { addDays, type LocalDate, parseLocalDate } from "../time/local-date.ts";
import { FACE_ZONES } from "./adjustment.ts";
import type { ProcedureKind } from "./profile.ts";
import { screen } from "./screen.ts";

const en = translatorFor("en");

const DAY0 = parseLocalDate("2026-04-01") as LocalDate;

/** The screen `days` after a procedure on DAY0 (day 0 is the procedure day). */
const after = (kind: ProcedureKind, days: number, cleared = false) =>
  screen(
    {
      conditions: [],
      injectables: [],
      skipZones: [],
      medium: "serum",
      procedures: [cleared ? { kind, date: DAY0, cleared } : { kind, date: DAY0 }],
    },
    addDays(DAY0, days),
    en,
  );

type Expect = "ok" | "stop" | "face-out" | "light-fingers" | "fingers" | "face-out-fingers";

function summary(kind: ProcedureKind, days: number, cleared = false): Expect {
  const s = after(kind, days, cleared);
  if (s.verdict === "stop") return "stop";
  if (s.verdict === "ok") return "ok";
  const fingers = s.bannedTools.includes("roller") && s.bannedTools.includes("gua-sha");
  const faceOut = FACE_ZONES.every((z) => s.excludedZones.includes(z));
  if (faceOut) return fingers ? "face-out-fingers" : "face-out";
  if (fingers && s.pressureCap === 1) return "light-fingers";
  if (fingers) return "fingers";
  throw new Error(`unexpected screening for ${kind} day ${days}`);
}

describe("procedures (section 5b)", () => {
  it.each<[ProcedureKind, boolean, readonly (readonly [number, Expect])[]]>([
    [
      "peel-superficial",
      false,
      [
        [0, "face-out"],
        [6, "face-out"],
        [7, "ok"],
      ],
    ],
    [
      "peel-medium",
      false,
      [
        [0, "stop"],
        [13, "stop"],
        [14, "light-fingers"],
        [27, "light-fingers"],
        [28, "ok"],
      ],
    ],
    [
      "peel-deep",
      false,
      [
        [0, "stop"],
        [200, "stop"],
      ],
    ],
    ["peel-deep", true, [[10, "ok"]]],
    [
      "laser-ablative",
      false,
      [
        [0, "stop"],
        [60, "stop"],
      ],
    ],
    [
      "laser-ablative",
      true,
      [
        [27, "stop"],
        [28, "fingers"],
        [41, "fingers"],
        [42, "ok"],
      ],
    ],
    [
      "laser-nonablative",
      false,
      [
        [0, "face-out"],
        [6, "face-out"],
        [7, "ok"],
      ],
    ],
    [
      "ipl",
      false,
      [
        [0, "face-out-fingers"],
        [9, "face-out-fingers"],
        [10, "fingers"],
        [13, "fingers"],
        [14, "ok"],
      ],
    ],
    [
      "microneedling",
      false,
      [
        [0, "stop"],
        [2, "stop"],
        [3, "light-fingers"],
        [6, "light-fingers"],
        [7, "fingers"],
        [13, "fingers"],
        [14, "ok"],
      ],
    ],
    [
      "surgery",
      false,
      [
        [0, "stop"],
        [400, "stop"],
      ],
    ],
    [
      "thread-lift",
      false,
      [
        [0, "stop"],
        [27, "stop"],
        [28, "light-fingers"],
        [89, "light-fingers"],
        [90, "ok"],
      ],
    ],
  ])("%s (cleared %s) by day", (kind, cleared, expected) => {
    expect(expected.map(([day]) => [day, summary(kind, day, cleared)])).toEqual(expected);
  });

  it("after surgery the surgeon's clearance allows light drainage only, never tools", () => {
    const s = after("surgery", 30, true);
    expect(s).toMatchObject({
      verdict: "adjusted",
      pressureCap: 1,
      bannedTools: ["roller", "gua-sha"],
      bannedTechniques: ["pinch", "tap", "pressure-points", "kneading", "roller", "gua-sha"],
      excludedZones: [],
    });
    expect(s.reasons[0]?.message).toContain("never over a scar");
  });

  it("after eyelid surgery, cleared, the eyes and brows stay out", () => {
    const s = after("blepharoplasty", 30, true);
    expect(s.excludedZones).toEqual(["under-eyes", "brows"]);
    expect(s.reasons[0]?.zones).toEqual(["under-eyes", "brows"]);
  });

  it("a thread lift keeps kneading, pressure points and tools out to three months", () => {
    expect(after("thread-lift", 40).bannedTechniques).toEqual([
      "pressure-points",
      "kneading",
      "roller",
      "gua-sha",
    ]);
  });

  it.each<[ProcedureKind, number, string, RegExp]>([
    ["peel-medium", 3, "peel-recent", /no massage until 15 April 2026.*whoever did your peel/],
    ["peel-deep", 3, "peel-recent", /until the doctor who did it says/],
    ["laser-ablative", 3, "laser-recent", /until 29 April 2026.*treating dermatologist/],
    ["microneedling", 1, "microneedling-recent", /until 4 April 2026.*clinic that treated you/],
    ["surgery", 1, "surgery-recent", /until your surgeon says so/],
    ["thread-lift", 1, "thread-lift-recent", /until 29 April 2026.*practitioner who placed them/],
  ])("%s on day %i stops with %s, saying until when and whom to ask", (kind, day, code, words) => {
    const s = after(kind, day);
    expect(s.reasons.map((r) => r.code)).toEqual([code]);
    expect(s.reasons[0]?.message).toMatch(words);
  });

  it("lists procedure stops after the answers' stops and before a missing medium", () => {
    const s = screen(
      {
        conditions: ["fever", "rosacea"],
        injectables: [],
        skipZones: [],
        medium: "none",
        procedures: [{ kind: "microneedling", date: DAY0 }],
      },
      DAY0,
      en,
    );
    expect(s.reasons.map((r) => r.code)).toEqual([
      "fever",
      "microneedling-recent",
      "needs-medium",
      "rosacea",
    ]);
  });

  it("a procedure dated after the day changes nothing", () => {
    expect(after("surgery", -1).verdict).toBe("ok");
  });
});
