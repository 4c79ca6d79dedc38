import { describe, expect, it } from "vitest";
import type { LocalDate } from "../time/local-date.ts";
import { planForSlot, routineMedium } from "./plan-for-slot.ts";
import { DEFAULT_PROFILE, readProfileBody } from "./profile-body.ts";
import { readReminderSettings } from "./reminder-settings.ts";
import { composedRoutineBody, readRoutineBody } from "./routine-body.ts";

describe("readProfileBody", () => {
  it("upgrades the unversioned draft: skin and health lists merge, one minutes number fills both daily slots", () => {
    const read = readProfileBody({
      skin: ["rosacea"],
      health: ["thyroid"],
      minutes: 6,
      goals: ["glow"],
    });
    expect(read.notices).toEqual([]);
    expect(read.body.conditions).toEqual(["rosacea", "thyroid"]);
    expect(read.body.minutes).toEqual({ am: 6, pm: 6, weekly: 12 });
    expect(read.body.goals).toEqual(["glow"]);
  });

  it("reads a version 1 body as planning with its tools, and keeps a version 2 fingers-only choice", () => {
    const v1 = readProfileBody({ schemaVersion: 1, tools: ["roller"], goals: ["glow"] });
    expect(v1.notices).toEqual([]);
    expect([v1.body.schemaVersion, v1.body.tools, v1.body.fingersOnly]).toEqual([
      2,
      ["roller"],
      false,
    ]);
    const v2 = readProfileBody({ schemaVersion: 2, tools: ["gua-sha"], fingersOnly: true });
    expect([v2.body.tools, v2.body.fingersOnly]).toEqual([["gua-sha"], true]);
    const bad = readProfileBody({ schemaVersion: 2, fingersOnly: "yes" });
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
      const r = planForSlot(p, routine, "pm", day, []);
      return new Set(r.ok ? r.plan.steps.map((s) => s.tool) : []);
    };
    expect(tools(owner)).toEqual(new Set(["fingers", "roller"]));
    expect(tools({ ...owner, fingersOnly: true })).toEqual(new Set(["fingers"]));
  });

  it("falls back field by field with a notice instead of failing", () => {
    const read = readProfileBody({
      schemaVersion: 1,
      goals: "glow",
      tools: ["roller", "wand"],
      products: [{ kind: "serum", name: " Oil " }, { kind: "soap" }],
    });
    expect(read.body.goals).toEqual([]);
    expect(read.body.tools).toEqual(["roller"]);
    expect(read.body.products).toEqual([{ kind: "serum", name: "Oil" }]);
    expect(read.notices).toEqual(["Part of your profile (goals) could not be read and was reset."]);
    expect(readProfileBody("garbage").body).toBe(DEFAULT_PROFILE);
    expect(readProfileBody("garbage").notices).toHaveLength(1);
    expect(readProfileBody({ schemaVersion: 9 }).notices[0]).toMatch(/newer version/);
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
    );
    expect(read?.body.steps).toEqual([{ kind: "toner" }, { kind: "massage" }]);
    expect(read?.notices).toEqual(["A step of this routine could not be read and was left out."]);
    expect(readRoutineBody(null, "pm")).toBeUndefined();
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
    );
    expect(plan.ok && plan.plan.verdict).toBe("stop");
    const ok = planForSlot(DEFAULT_PROFILE, routine, "pm", "2026-03-29" as LocalDate, ["cheeks"]);
    expect(ok.ok && ok.plan.totalSeconds).toBe(420);
    expect(ok.ok && ok.plan.steps.some((s) => s.zone === "cheeks")).toBe(false);
  });
});

describe("readReminderSettings", () => {
  it("keeps readable fields and reports the rest", () => {
    const read = readReminderSettings({
      enabled: true,
      times: { am: "06:45", pm: "25:00", weekly: null },
      quietDays: [6, 0, 9],
    });
    expect(read.settings.times).toEqual({ am: "06:45", pm: "21:00", weekly: null });
    expect(read.settings.quietDays).toEqual([0, 6]);
    expect(read.problems).toEqual(["The pm reminder time was unreadable."]);
  });
});
