import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { Locale } from "../i18n/locales.ts";
import { calendarFromBodies } from "./calendar-from-bodies.ts";

/** As the server does: the chosen language, English for a person who chose none. */
const say = (locale: Locale | undefined) => translatorFor(locale ?? "en");

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
      {
        uidSeed: "user-1",
        now: Date.parse("2026-11-25T12:00:00Z"),
        fallbackTimeZone: "UTC",
        translatorFor: say,
      },
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
      {
        uidSeed: "d",
        now: Date.parse("2026-11-25T12:00:00Z"),
        fallbackTimeZone: "Europe/Berlin",
        translatorFor: say,
      },
    );
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20261125T073000");
    expect(ics).toContain("RRULE:FREQ=WEEKLY;BYDAY=SU");
  });

  it("titles and describes the events in the language chosen in Settings, English without one", () => {
    const bodies = (language: unknown) => ({
      settings: {
        reminders: {
          schemaVersion: 1,
          enabled: true,
          times: { am: "07:00", pm: null, weekly: null },
          quietDays: [],
          timeZone: "Europe/Madrid",
        },
        language,
      },
      profile: { schemaVersion: 1, minutes: { am: 4, pm: 8, weekly: 12 } },
      weeklyRoutine: undefined,
    });
    const context = {
      uidSeed: "u",
      now: Date.parse("2026-11-25T12:00:00Z"),
      fallbackTimeZone: "UTC",
    };
    const words = (language: unknown) => {
      const ics = calendarFromBodies(bodies(language), { ...context, translatorFor: say });
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
      if (vevent === null) throw new Error("no event");
      const event = new ICAL.Event(vevent);
      return [event.summary, event.description];
    };
    expect(words({ schemaVersion: 1, locale: "es" })).toEqual([
      "Nura: masaje facial de la mañana",
      "4 minutos de masaje facial guiado, con tu rutina de la mañana.",
    ]);
    expect(words({ schemaVersion: 1, locale: "de" })).toEqual([
      "Nura: Gesichtsmassage am Morgen",
      "4 Minuten angeleitete Gesichtsmassage, mit deiner Morgenroutine.",
    ]);
    expect(words(undefined)).toEqual([
      "Nura: morning face massage",
      "4 minutes of guided face massage, with your morning routine.",
    ]);
    expect(words({ schemaVersion: 1, locale: "fr" })[0]).toBe("Nura: morning face massage");
  });
});
