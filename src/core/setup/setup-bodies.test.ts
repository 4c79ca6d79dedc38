import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { LocalDate } from "../time/local-date.ts";
import { planForSlot, routineBodyWarnings, routineMedium } from "./plan-for-slot.ts";
import { DEFAULT_PROFILE, readProfileBody } from "./profile-body.ts";
import { readReminderSettings } from "./reminder-settings.ts";
import { composedRoutineBody, readRoutineBody } from "./routine-body.ts";

const en = translatorFor("en");

describe("readProfileBody", () => {
  it("upgrades the unversioned draft: skin and health lists merge, one minutes number fills both daily slots", () => {
    const read = readProfileBody(
      {
        skin: ["rosacea"],
        health: ["thyroid"],
        minutes: 6,
        goals: ["glow"],
      },
      en,
    );
    expect(read.notices).toEqual([]);
    expect(read.body.schemaVersion).toBe(2);
    expect(read.body.conditions).toEqual(["rosacea", "thyroid"]);
    expect([read.body.procedures, read.body.neckCleared]).toEqual([[], false]);
    expect(read.body.minutes).toEqual({ am: 6, pm: 6, weekly: 12 });
    expect(read.body.goals).toEqual(["glow"]);
  });

  it("reads a version 1 body as planning with its tools, and keeps a version 2 fingers-only choice", () => {
    const v1 = readProfileBody({ schemaVersion: 1, tools: ["roller"], goals: ["glow"] }, en);
    expect(v1.notices).toEqual([]);
    expect([v1.body.schemaVersion, v1.body.tools, v1.body.fingersOnly]).toEqual([
      2,
      ["roller"],
      false,
    ]);
    const v2 = readProfileBody({ schemaVersion: 2, tools: ["gua-sha"], fingersOnly: true }, en);
    expect([v2.body.tools, v2.body.fingersOnly]).toEqual([["gua-sha"], true]);
    const bad = readProfileBody({ schemaVersion: 2, fingersOnly: "yes" }, en);
    expect(bad.body.fingersOnly).toBe(false);
    expect(bad.notices).toEqual([
      "Part of your profile (fingersOnly) could not be read and was reset.",
    ]);
  });

  it("plans the massage of a fingers-only profile without its tools", () => {
    const routine = {
      schemaVersion: 1 as const,
      slot: "pm" as const,
      steps: [{ kind: "massage" as const }],
    };
    const day = "2026-03-29" as LocalDate;
    const owner = {
      ...DEFAULT_PROFILE,
      tools: ["roller" as const],
      minutes: { am: 4, pm: 8, weekly: 12 },
    };
    const tools = (p: typeof owner) => {
      const r = planForSlot(p, routine, "pm", day, [], en);
      return new Set(r.ok ? r.plan.steps.map((s) => s.tool) : []);
    };
    expect(tools(owner)).toEqual(new Set(["fingers", "roller"]));
    expect(tools({ ...owner, fingersOnly: true })).toEqual(new Set(["fingers"]));
  });

  it("reads a version-1 body as version 2 with no procedures, no neck clearance, and its tools in use", () => {
    const read = readProfileBody(
      {
        schemaVersion: 1,
        goals: ["glow"],
        conditions: ["thyroid", "fever"],
        injectables: [{ kind: "botox", zone: "forehead", date: "2026-03-01" }],
        tools: ["roller"],
        products: [],
        minutes: { am: 3, pm: 6, weekly: 10 },
      },
      en,
    );
    expect(read.notices).toEqual([]);
    expect(read.body).toEqual({
      schemaVersion: 2,
      goals: ["glow"],
      conditions: ["thyroid", "fever"],
      injectables: [{ kind: "botox", zone: "forehead", date: "2026-03-01" }],
      procedures: [],
      neckCleared: false,
      tools: ["roller"],
      fingersOnly: false,
      products: [],
      minutes: { am: 3, pm: 6, weekly: 10 },
    });
  });

  it("reads version-2 procedures and the neck clearance, dropping what it cannot read", () => {
    const read = readProfileBody(
      {
        schemaVersion: 2,
        procedures: [
          { kind: "surgery", date: "2026-01-02", cleared: true },
          { kind: "ipl", date: "2026-02-01", cleared: true },
          { kind: "facial", date: "2026-02-01" },
          { kind: "peel-medium", date: "someday" },
        ],
        neckCleared: true,
      },
      en,
    );
    expect(read.body.procedures).toEqual([
      { kind: "surgery", date: "2026-01-02", cleared: true },
      { kind: "ipl", date: "2026-02-01" },
    ]);
    expect(read.body.neckCleared).toBe(true);
    expect(readProfileBody({ schemaVersion: 2, neckCleared: "yes" }, en).notices).toEqual([
      "Part of your profile (neckCleared) could not be read and was reset.",
    ]);
  });

  it("falls back field by field with a notice instead of failing", () => {
    const read = readProfileBody(
      {
        schemaVersion: 1,
        goals: "glow",
        tools: ["roller", "wand"],
        products: [{ kind: "serum", name: " Oil " }, { kind: "soap" }],
      },
      en,
    );
    expect(read.body.goals).toEqual([]);
    expect(read.body.tools).toEqual(["roller"]);
    expect(read.body.products).toEqual([{ kind: "serum", name: "Oil" }]);
    expect(read.notices).toEqual(["Part of your profile (goals) could not be read and was reset."]);
    expect(readProfileBody("garbage", en).body).toBe(DEFAULT_PROFILE);
    expect(readProfileBody("garbage", en).notices).toHaveLength(1);
    expect(readProfileBody({ schemaVersion: 9 }, en).notices[0]).toMatch(/newer version/);
  });
});

describe("routine bodies", () => {
  it("composes through the core composer and keeps the weekday on the weekly routine only", () => {
    const products = [
      { kind: "moisturizer" as const },
      { kind: "cleanser" as const },
      { kind: "serum" as const, name: "C serum" },
    ];
    expect(composedRoutineBody(products, "am").steps).toEqual([
      { kind: "cleanser" },
      { kind: "serum", name: "C serum" },
      { kind: "massage" },
      { kind: "moisturizer" },
    ]);
    expect(composedRoutineBody(products, "am").weekday).toBeUndefined();
    expect(composedRoutineBody(products, "weekly", 3).weekday).toBe(3);
  });

  it("reads damaged routines: unknown steps dropped with a notice, a missing massage added back", () => {
    const read = readRoutineBody(
      { schemaVersion: 1, slot: "pm", steps: [{ kind: "toner" }, { kind: "spell" }] },
      "pm",
      en,
    );
    expect(read?.body.steps).toEqual([{ kind: "toner" }, { kind: "massage" }]);
    expect(read?.notices).toEqual(["A step of this routine could not be read and was left out."]);
    expect(readRoutineBody(null, "pm", en)).toBeUndefined();
    // The old weekly step of its own is retired quietly: the weekly massage now does that work.
    const weekly = readRoutineBody(
      {
        schemaVersion: 1,
        slot: "weekly",
        steps: [{ kind: "massage" }, { kind: "neck-shoulders" }],
      },
      "weekly",
      en,
    );
    expect([weekly?.body.steps, weekly?.notices]).toEqual([[{ kind: "massage" }], []]);
  });

  it("warns about a stored routine as the person arranged it", () => {
    const routine = {
      schemaVersion: 1,
      slot: "pm",
      steps: [
        { kind: "cleanser" },
        { kind: "massage" },
        { kind: "retinoid" },
        { kind: "exfoliating-acid" },
      ],
    } as const;
    expect(routineBodyWarnings(routine, en).map((w) => w.code)).toEqual([
      "active-only-slip",
      "single-cleanse",
      "retinoid-and-acid",
      "no-moisturizer-night",
    ]);
  });

  it("plans the slot from the profile, with the routine's slip product as the medium", () => {
    const routine = composedRoutineBody([{ kind: "facial-oil" }], "pm");
    expect(routineMedium(routine)).toBe("facial-oil");
    const plan = planForSlot(
      { ...DEFAULT_PROFILE, conditions: ["infection"] },
      routine,
      "pm",
      "2026-03-29" as LocalDate,
      [],
      en,
    );
    expect(plan.ok && plan.plan.verdict).toBe("stop");
    const surgery = planForSlot(
      {
        ...DEFAULT_PROFILE,
        procedures: [
          { kind: "surgery", date: "2026-03-20" as LocalDate },
          // Typed for a future day: left out rather than making the whole input invalid.
          { kind: "ipl", date: "2026-04-20" as LocalDate },
        ],
      },
      routine,
      "pm",
      "2026-03-29" as LocalDate,
      [],
      en,
    );
    expect(surgery.ok && surgery.plan.reasons.map((r) => r.code)).toEqual(["surgery-recent"]);
    const neck = planForSlot(
      { ...DEFAULT_PROFILE, age: 70, neckCleared: true },
      routine,
      "pm",
      "2026-03-29" as LocalDate,
      [],
      en,
    );
    expect(neck.ok && neck.plan.reasons.map((r) => r.code)).toEqual(["neck-cleared"]);
    const ok = planForSlot(
      DEFAULT_PROFILE,
      routine,
      "pm",
      "2026-03-29" as LocalDate,
      ["cheeks"],
      en,
    );
    expect(ok.ok && ok.plan.totalSeconds).toBe(420);
    expect(ok.ok && ok.plan.steps.some((s) => s.zone === "cheeks")).toBe(false);
  });
});

describe("readReminderSettings", () => {
  it("keeps readable fields and reports the rest", () => {
    const read = readReminderSettings(
      {
        enabled: true,
        times: { am: "06:45", pm: "25:00", weekly: null },
        quietDays: [6, 0, 9],
      },
      en,
    );
    expect(read.settings.times).toEqual({ am: "06:45", pm: "21:00", weekly: null });
    expect(read.settings.quietDays).toEqual([0, 6]);
    expect(read.problems).toEqual(["The pm reminder time was unreadable."]);
  });
});
