import { describe, expect, it } from "vitest";
import { DEFAULT_REMINDERS, type ReminderSettings } from "../setup/reminder-settings.ts";
import { nextReminder, type ReminderSchedule, remindersBetween } from "./due-reminders.ts";

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

const schedule = (
  settings: Partial<ReminderSettings> = {},
  weeklyWeekday = 0,
  timeZone = "Europe/Berlin",
): ReminderSchedule => ({
  settings: { ...DEFAULT_REMINDERS, ...settings },
  weeklyWeekday,
  timeZone,
});

describe("remindersBetween", () => {
  it("rings at the same wall-clock time on both sides of Berlin's spring change", () => {
    const due = remindersBetween(
      schedule(),
      at("2026-03-28T00:00:00Z"),
      at("2026-03-30T00:00:00Z"),
    );
    expect(due.map((d) => [d.slot, d.day, iso(d.at)])).toEqual([
      ["am", "2026-03-28", "2026-03-28T06:30:00.000Z"],
      ["pm", "2026-03-28", "2026-03-28T20:00:00.000Z"],
      ["am", "2026-03-29", "2026-03-29T05:30:00.000Z"],
      ["weekly", "2026-03-29", "2026-03-29T17:00:00.000Z"],
      ["pm", "2026-03-29", "2026-03-29T19:00:00.000Z"],
    ]);
  });

  it("skips quiet days, slots set to none and everything when off", () => {
    const window = [at("2026-11-01T05:00:00Z"), at("2026-11-03T00:00:00Z")] as const;
    // 1 Nov 2026 is a Sunday: quiet, so only Monday's reminders remain.
    const quiet = remindersBetween(schedule({ quietDays: [0] }, 0, "America/New_York"), ...window);
    expect(quiet.map((d) => [d.slot, d.day, iso(d.at)])).toEqual([
      ["am", "2026-11-02", "2026-11-02T12:30:00.000Z"],
    ]);
    const noMorning = remindersBetween(
      schedule(
        { times: { am: null, pm: DEFAULT_REMINDERS.times.pm, weekly: null } },
        0,
        "America/New_York",
      ),
      ...window,
    );
    expect(noMorning.map((d) => iso(d.at))).toEqual(["2026-11-02T02:00:00.000Z"]);
    expect(remindersBetween(schedule({ enabled: false }), ...window)).toEqual([]);
  });

  it("includes the end of the window and excludes its start, so a reminder shows once", () => {
    const ring = at("2026-03-28T06:30:00Z");
    expect(remindersBetween(schedule(), ring - 60_000, ring)).toHaveLength(1);
    expect(remindersBetween(schedule(), ring, ring + 60_000)).toHaveLength(0);
  });
});

describe("nextReminder", () => {
  it("finds the next one after now, in New York after the autumn change", () => {
    const next = nextReminder(schedule({}, 3, "America/New_York"), at("2026-11-01T13:00:00Z"));
    expect(next).toEqual({ slot: "pm", day: "2026-11-01", at: at("2026-11-02T02:00:00Z") });
  });

  it("is undefined when nothing is set", () => {
    expect(
      nextReminder(schedule({ quietDays: [0, 1, 2, 3, 4, 5, 6] }), at("2026-03-28T00:00:00Z")),
    ).toBeUndefined();
  });
});
