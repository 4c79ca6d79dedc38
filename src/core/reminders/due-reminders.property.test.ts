import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ClockTime, DEFAULT_REMINDERS } from "../setup/reminder-settings.ts";
import { wallClock } from "../time/zoned-time.ts";
import { type ReminderSchedule, remindersBetween } from "./due-reminders.ts";

const zones = [
  "Europe/Berlin",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "America/St_Johns",
];
const start = Date.parse("2026-01-01T00:00:00Z");
const year = 365 * 86_400_000;
const pad = (n: number): string => String(n).padStart(2, "0");

const schedule = fc.record({
  zone: fc.constantFrom(...zones),
  am: fc.tuple(fc.integer({ min: 4, max: 13 }), fc.integer({ min: 0, max: 59 })),
  pm: fc.tuple(fc.integer({ min: 14, max: 23 }), fc.integer({ min: 0, max: 59 })),
  weekday: fc.integer({ min: 0, max: 6 }),
  quiet: fc.subarray([0, 1, 2, 3, 4, 5, 6], { maxLength: 3 }),
});

type Drawn = typeof schedule extends fc.Arbitrary<infer T> ? T : never;

const toSchedule = (s: Drawn): ReminderSchedule => ({
  settings: {
    ...DEFAULT_REMINDERS,
    times: {
      am: `${pad(s.am[0])}:${pad(s.am[1])}` as ClockTime,
      pm: `${pad(s.pm[0])}:${pad(s.pm[1])}` as ClockTime,
      weekly: DEFAULT_REMINDERS.times.weekly,
    },
    quietDays: s.quiet,
  },
  weeklyWeekday: s.weekday,
  timeZone: s.zone,
});

describe("remindersBetween (properties)", () => {
  it("splitting a window anywhere loses and repeats nothing, across every daylight-saving change", () => {
    fc.assert(
      fc.property(
        schedule,
        fc.integer({ min: 0, max: year }),
        fc.integer({ min: 1, max: 9 * 86_400_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, from, length, cut) => {
          const sched = toSchedule(s);
          const a = start + from;
          const c = a + length;
          const b = a + Math.floor(length * cut);
          const whole = remindersBetween(sched, a, c);
          expect([...remindersBetween(sched, a, b), ...remindersBetween(sched, b, c)]).toEqual(
            whole,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("rings at the chosen wall-clock time, on a day that is not quiet, once per slot and day", () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 0, max: year }), (s, from) => {
        const sched = toSchedule(s);
        const due = remindersBetween(sched, start + from, start + from + 8 * 86_400_000);
        const seen = new Set<string>();
        for (const r of due) {
          const key = `${r.slot}|${r.day}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
          const wall = wallClock(r.at, s.zone);
          const set = sched.settings.times[r.slot] ?? "";
          // A time skipped by a clock change rings just after it; otherwise exactly on time.
          if (wall.date === r.day && `${pad(wall.hour)}:${pad(wall.minute)}` !== set) {
            expect(`${pad(wall.hour)}:${pad(wall.minute)}` > set).toBe(true);
          } else {
            expect(`${wall.date} ${pad(wall.hour)}:${pad(wall.minute)}`).toBe(`${r.day} ${set}`);
          }
        }
        // Eight days hold at least seven whole local days, each with two daily reminders unless quiet.
        expect(due.filter((r) => r.slot !== "weekly").length).toBeGreaterThanOrEqual(
          2 * (7 - s.quiet.length),
        );
      }),
      { numRuns: 150 },
    );
  });
});
