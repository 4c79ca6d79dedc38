import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFromBodies } from "./calendar-from-bodies.ts";

describe("calendarFromBodies", () => {
  it("reads the reminders section, the profile's minutes and the weekly routine's weekday", () => {
    const ics = calendarFromBodies(
      {
        settings: {
          player: { voice: true },
          reminders: {
            schemaVersion: 1,
            enabled: true,
            times: { am: null, pm: "22:15", weekly: "10:00" },
            quietDays: [],
            timeZone: "America/New_York",
          },
        },
        profile: { schemaVersion: 1, minutes: { am: 3, pm: 9, weekly: 14 } },
        weeklyRoutine: {
          schemaVersion: 1,
          slot: "weekly",
          steps: [{ kind: "massage" }],
          weekday: 6,
        },
      },
      { uidSeed: "user-1", now: Date.parse("2026-11-25T12:00:00Z"), fallbackTimeZone: "UTC" },
    );
    const vcal = new ICAL.Component(ICAL.parse(ics));
    const events = vcal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(
      events.map((e) => [
        e.uid,
        e.startDate.toString(),
        e.duration.toString(),
        e.startDate.zone?.tzid,
      ]),
    ).toEqual([
      ["user-1-pm@nura", "2026-11-25T22:15:00", "PT9M", "America/New_York"],
      ["user-1-weekly@nura", "2026-11-28T10:00:00", "PT14M", "America/New_York"],
    ]);
    expect(String(vcal.getFirstSubcomponent("vevent")?.getFirstPropertyValue("rrule"))).toBe(
      "FREQ=DAILY",
    );
  });

  it("uses defaults and the fallback zone when nothing was stored", () => {
    const ics = calendarFromBodies(
      { settings: undefined, profile: undefined, weeklyRoutine: undefined },
      { uidSeed: "d", now: Date.parse("2026-11-25T12:00:00Z"), fallbackTimeZone: "Europe/Berlin" },
    );
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20261125T073000");
    expect(ics).toContain("RRULE:FREQ=WEEKLY;BYDAY=SU");
  });
});
