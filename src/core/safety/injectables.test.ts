import { describe, expect, it } from "vitest";
import type { ZoneId } from "../model/zones.ts";
import { type LocalDate, parseLocalDate } from "../time/local-date.ts";
import { INJECTABLE_BLOCK_DAYS, isBlocking } from "./injectables.ts";
import type { InjectableKind } from "./profile.ts";
import { screen } from "./screen.ts";

const d = (text: string): LocalDate => parseLocalDate(text) as LocalDate;

const shot = (kind: InjectableKind, zone: ZoneId, date: string) => ({ kind, zone, date: d(date) });

describe("injectables", () => {
  it("blocks for 14 days: the injection day is day 0", () => {
    expect(INJECTABLE_BLOCK_DAYS).toBe(14);
  });

  it.each([
    ["2026-05-06", "2026-05-05", false], // not yet happened
    ["2026-05-06", "2026-05-06", true], // day 0
    ["2026-05-06", "2026-05-19", true], // day 13
    ["2026-05-06", "2026-05-20", false], // day 14: allowed again
    ["2026-05-06", "2026-06-30", false],
  ])("injected %s, on %s blocking is %j", (injected, today, expected) => {
    expect(isBlocking(shot("botox", "forehead", injected), d(today))).toBe(expected);
  });

  it.each([
    ["botox", "forehead", "botox-recent", "until 2026-05-20"],
    ["filler", "cheeks", "filler-recent", "some injectors ask for up to six weeks"],
  ] as const)("%s in the %s gives %s", (kind, zone, code, words) => {
    const result = screen(
      {
        conditions: [],
        skipZones: [],
        medium: "serum",
        injectables: [shot(kind, zone, "2026-05-06")],
      },
      d("2026-05-19"),
    );
    expect(result.verdict).toBe("adjusted");
    expect(result.excludedZones).toEqual([zone]);
    expect(result.reasons.map((r) => r.code)).toEqual([code]);
    expect(result.reasons[0]?.zones).toEqual([zone]);
    expect(result.reasons[0]?.message).toContain(words);
  });

  it("an old injection changes nothing", () => {
    const result = screen(
      {
        conditions: [],
        skipZones: [],
        medium: "cream",
        injectables: [shot("filler", "mouth", "2026-01-01")],
      },
      d("2026-05-20"),
    );
    expect(result.verdict).toBe("ok");
    expect(result.excludedZones).toEqual([]);
  });
});
