import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { ZoneId } from "../model/zones.ts";
import { type LocalDate, parseLocalDate } from "../time/local-date.ts";
import { FACE_ZONES } from "./adjustment.ts";
import { FILLER_SETTLE_DAYS, INJECTABLE_BLOCK_DAYS, isBlocking } from "./injectables.ts";
import { injectedArea } from "./injection-neighbours.ts";
import type { InjectableKind } from "./profile.ts";
import { screen } from "./screen.ts";

const en = translatorFor("en");

const d = (text: string): LocalDate => parseLocalDate(text) as LocalDate;

const shot = (kind: InjectableKind, zone: ZoneId, date: string) => ({ kind, zone, date: d(date) });

const screenOn = (kind: InjectableKind, zone: ZoneId, injected: string, today: string) =>
  screen(
    { conditions: [], skipZones: [], medium: "serum", injectables: [shot(kind, zone, injected)] },
    d(today),
    en,
  );

describe("injectables", () => {
  it("blocks for 14 days and lets filler settle until day 28: the injection day is day 0", () => {
    expect([INJECTABLE_BLOCK_DAYS, FILLER_SETTLE_DAYS]).toEqual([14, 28]);
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
    ["botox", "forehead", ["forehead", "brows", "temples"]],
    ["botox", "brows", ["brows", "forehead", "temples"]],
    ["botox", "temples", ["temples", "under-eyes", "brows"]],
    ["botox", "masseter", ["masseter", "cheeks", "jaw-angle"]],
    ["botox", "mouth", ["mouth", "chin-jawline"]],
    ["filler", "cheeks", ["cheeks", "under-cheekbone", "nose-sides", "under-eyes"]],
    ["filler", "under-eyes", ["under-eyes", "cheeks"]],
    ["filler", "mouth", ["mouth", "chin-jawline"]],
    ["filler", "chin-jawline", ["chin-jawline", "jaw-angle", "mouth"]],
    ["botox", "shoulders", ["shoulders"]],
  ] as const)("%s in the %s leaves out %j", (kind, zone, area) => {
    expect(injectedArea(kind, zone)).toEqual(area);
  });

  it.each([
    ["botox", "2026-05-06"],
    ["botox", "2026-05-07"],
    ["filler", "2026-05-06"],
    ["filler", "2026-05-07"],
  ] as const)("%s: on %s (injection day or the next) no face zone is worked", (kind, today) => {
    const result = screenOn(kind, "cheeks", "2026-05-06", today);
    expect(result.verdict).toBe("adjusted");
    expect(result.excludedZones).toEqual(FACE_ZONES);
    expect(result.reasons[0]?.message).toContain(
      "no face massage on the day of it or the day after",
    );
    expect(result.reasons[0]?.message).toContain("From 8 May 2026 until 20 May 2026");
  });

  it("Botox five days ago: the brows are not pinched and no tool touches the face", () => {
    const result = screenOn("botox", "forehead", "2026-05-06", "2026-05-11");
    expect(result.excludedZones).toEqual(["brows", "forehead", "temples"]);
    expect(result.reasons.map((r) => r.code)).toEqual(["botox-recent"]);
    expect(result.reasons[0]?.zones).toEqual(["forehead", "brows", "temples"]);
    expect(result.reasons[0]?.message).toContain("until 20 May 2026");
    expect(result.reasons[0]?.message).toContain("eyelid or brow droop");
    expect(result.zoneBannedTools?.cheeks).toEqual(["roller", "gua-sha"]);
    expect(result.zoneBannedTools?.["neck-sides"]).toBeUndefined();
  });

  it("cheek filler ten days ago leaves out the pressure points under the cheekbone", () => {
    const result = screenOn("filler", "cheeks", "2026-05-06", "2026-05-16");
    expect(result.excludedZones).toEqual(["cheeks", "under-cheekbone", "nose-sides", "under-eyes"]);
    expect(result.reasons[0]?.message).toContain("some injectors ask for up to six weeks");
    expect(result.reasons[0]?.message).toContain("white or dusky");
  });

  it.each([
    ["2026-05-20", "filler-settling", 1, ["roller", "gua-sha"]], // day 14
    ["2026-06-02", "filler-settling", 1, ["roller", "gua-sha"]], // day 27
  ] as const)(
    "filler, on %s: %s, lightest pressure and no tools there",
    (today, code, cap, tools) => {
      const result = screenOn("filler", "mouth", "2026-05-06", today);
      expect(result.verdict).toBe("adjusted");
      expect(result.excludedZones).toEqual([]);
      expect(result.reasons.map((r) => r.code)).toEqual([code]);
      expect(result.reasons[0]?.message).toContain("until 3 June 2026");
      expect(result.zonePressureCaps).toEqual({ mouth: cap, "chin-jawline": cap });
      expect(result.zoneBannedTools).toEqual({ "chin-jawline": tools, mouth: tools });
    },
  );

  it("Botox changes nothing from day 14; filler nothing from day 28", () => {
    expect(screenOn("botox", "forehead", "2026-05-06", "2026-05-20").verdict).toBe("ok");
    expect(screenOn("filler", "cheeks", "2026-05-06", "2026-06-03")).toMatchObject({
      verdict: "ok",
      excludedZones: [],
      zonePressureCaps: {},
      zoneBannedTools: {},
    });
  });
});
