import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { Slot } from "../model/slots.ts";
import { planForSlot } from "../setup/plan-for-slot.ts";
import { DEFAULT_PROFILE } from "../setup/profile-body.ts";
import { composedRoutineBody } from "../setup/routine-body.ts";
import type { LocalDate } from "../time/local-date.ts";
import { programmeDay } from "./programme-days.ts";
import { programmeSlot } from "./programme-session.ts";
import { PROGRAMMES } from "./programmes.ts";

const en = translatorFor("en");

const habit = (n: number) => {
  const day = programmeDay(PROGRAMMES.habit, n);
  if (day === undefined) throw new Error(`no day ${n}`);
  return day;
};
const none: ReadonlySet<Slot> = new Set();

describe("programmeSlot", () => {
  it("gives the day's session to whichever slot comes first, then leaves the others alone", () => {
    expect(programmeSlot(habit(9), "am", none, ["roller"], en)).toEqual({
      kind: "session",
      label: "Cheeks, jawline and forehead, 3 min",
      override: { minutes: 3, goals: ["glow"], tools: [], maxPressure: 2 },
    });
    expect(programmeSlot(habit(9), "pm", none, [], en)).toMatchObject({ kind: "session" });
    expect(programmeSlot(habit(9), "pm", new Set<Slot>(["am"]), [], en)).toEqual({
      kind: "done-today",
    });
    expect(programmeSlot(habit(9), "am", new Set<Slot>(["am"]), [], en)).toMatchObject({
      kind: "session",
    });
  });

  it("puts the evening drainage, with the person's tools, in the evening slot", () => {
    expect(
      programmeSlot(habit(16), "pm", new Set<Slot>(["am"]), ["roller", "gua-sha"], en),
    ).toEqual({
      kind: "session",
      label: "Evening drainage, 7 min",
      override: { minutes: 7, goals: ["puffiness"], tools: ["roller", "gua-sha"] },
    });
    expect(programmeSlot(habit(16), "am", none, ["roller"], en)).toMatchObject({
      override: { minutes: 5, tools: [] },
    });
  });

  it("rests on rest days", () => {
    expect(programmeSlot(habit(18), "am", none, [], en)).toEqual({ kind: "rest" });
  });

  it("plans the day's session with the person's health answers still screened", () => {
    const routine = composedRoutineBody([{ kind: "facial-oil" }], "am");
    const slot = programmeSlot(habit(2), "am", none, ["roller"], en);
    if (slot.kind !== "session") throw new Error("expected a session");
    const plan = planForSlot(
      {
        ...DEFAULT_PROFILE,
        tools: ["roller"],
        conditions: ["tmj"],
        minutes: { am: 9, pm: 9, weekly: 12 },
      },
      routine,
      "am",
      "2026-03-03" as LocalDate,
      [],
      en,
      slot.override,
    );
    if (!plan.ok) throw new Error(plan.error.message);
    expect([plan.plan.minutes, plan.plan.goals]).toEqual([3, ["tension"]]);
    expect(plan.plan.reasons.map((r) => r.code)).toEqual(["tmj"]);
    expect(plan.plan.steps.every((s) => s.tool === "fingers" && s.pressure <= 2)).toBe(true);
  });
});
