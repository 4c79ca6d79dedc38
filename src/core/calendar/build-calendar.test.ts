import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { DEFAULT_REMINDERS, type ReminderSettings } from "../setup/reminder-settings.ts";
import { addDays, type LocalDate } from "../time/local-date.ts";
import { zonedEpoch } from "../time/zoned-epoch.ts";
import { buildCalendar, type CalendarInput } from "./build-calendar.ts";

const en = translatorFor("en");

const input = (
  settings: Partial<ReminderSettings> = {},
  timeZone = "Europe/Berlin",
  weeklyWeekday = 0,
): CalendarInput => ({
  schedule: { settings: { ...DEFAULT_REMINDERS, ...settings }, weeklyWeekday, timeZone },
  minutes: { am: 4, pm: 8, weekly: 12 },
  uidSeed: "0190f0e2-7c1a-7000-8000-00000000abcd",
  now: Date.parse("2026-03-26T10:00:00Z"),
  appUrl: "https://nura.example/",
  t: en,
});

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

/** The first `count` occurrences of an event as UTC ISO strings, expanded by ical.js. */
function occurrences(vcal: ICAL.Component, uidSuffix: string, count: number): string[] {
  const vevent = vcal
    .getAllSubcomponents("vevent")
    .find((v) => String(v.getFirstPropertyValue("uid")).endsWith(uidSuffix));
  if (vevent === undefined) throw new Error(`no event ${uidSuffix}`);
  const event = new ICAL.Event(vevent);
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next !== undefined && out.length < count; next = it.next()) {
    out.push(new Date(next.toUnixTime() * 1000).toISOString());
  }
  return out;
}

describe("buildCalendar", () => {
  it("follows RFC 5545 framing: CRLF only, no line over 75 octets, UID and DTSTAMP on every event", () => {
    const ics = buildCalendar(input());
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const vcal = parse(ics);
    const events = vcal.getAllSubcomponents("vevent");
    expect(events.map((e) => e.getFirstPropertyValue("uid"))).toEqual([
      "0190f0e2-7c1a-7000-8000-00000000abcd-am@nura",
      "0190f0e2-7c1a-7000-8000-00000000abcd-pm@nura",
      "0190f0e2-7c1a-7000-8000-00000000abcd-weekly@nura",
    ]);
    for (const e of events)
      expect(e.getFirstProperty("dtstamp")?.toICALString()).toBe("DTSTAMP:20260326T100000Z");
  });

  it("counts each event's minutes in words that agree with the number", () => {
    const ics = buildCalendar({ ...input(), minutes: { am: 1, pm: 8, weekly: 12 } });
    const descriptions = parse(ics)
      .getAllSubcomponents("vevent")
      .map((e) => String(e.getFirstPropertyValue("description")));
    expect(descriptions).toEqual([
      "1 minute of guided face massage, with your morning routine.",
      "8 minutes of guided face massage, with your evening routine.",
      "12 minutes of guided face massage, with your weekly routine.",
    ]);
  });

  it("gives each event a display alarm at its start", () => {
    const vcal = parse(buildCalendar(input()));
    for (const e of vcal.getAllSubcomponents("vevent")) {
      const alarms = e.getAllSubcomponents("valarm");
      expect(alarms).toHaveLength(1);
      expect(alarms[0]?.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(String(alarms[0]?.getFirstPropertyValue("trigger"))).toBe("PT0S");
      expect(String(alarms[0]?.getFirstPropertyValue("description"))).toMatch(/^Nura: /);
    }
  });

  it("keeps 07:30 Berlin time through the spring change, by its own VTIMEZONE", () => {
    const vcal = parse(buildCalendar(input()));
    expect(vcal.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(
      "Europe/Berlin",
    );
    expect(occurrences(vcal, "-am@nura", 5)).toEqual([
      "2026-03-26T06:30:00.000Z",
      "2026-03-27T06:30:00.000Z",
      "2026-03-28T06:30:00.000Z",
      "2026-03-29T05:30:00.000Z",
      "2026-03-30T05:30:00.000Z",
    ]);
  });

  it("keeps 21:00 New York time through the autumn change and leaves out quiet days", () => {
    const base = input({ quietDays: [6] }, "America/New_York", 0);
    const vcal = parse(buildCalendar({ ...base, now: Date.parse("2026-10-29T12:00:00Z") }));
    // Thu 29, Fri 30, (Sat 31 quiet), Sun 1 Nov after the change, Mon 2.
    expect(occurrences(vcal, "-pm@nura", 4)).toEqual([
      "2026-10-30T01:00:00.000Z",
      "2026-10-31T01:00:00.000Z",
      "2026-11-02T02:00:00.000Z",
      "2026-11-03T02:00:00.000Z",
    ]);
    expect(occurrences(vcal, "-weekly@nura", 2)).toEqual([
      "2026-11-02T00:00:00.000Z",
      "2026-11-09T00:00:00.000Z",
    ]);
  });

  it("describes the zones' yearly rules, which hold in later years too", () => {
    const berlin = buildCalendar(input());
    expect(berlin).toContain(
      "BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    );
    expect(berlin).toContain(
      "BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    );
    const ny = buildCalendar(input({}, "America/New_York"));
    expect(ny).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    expect(ny).toContain("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    // Two years on, 26 March 2028 is Berlin's change day: 07:30 is 05:30Z from then on.
    const all = occurrences(parse(berlin), "-am@nura", 740);
    expect(all.filter((o) => o.startsWith("2028-03-2"))).toEqual([
      "2028-03-20T06:30:00.000Z",
      "2028-03-21T06:30:00.000Z",
      "2028-03-22T06:30:00.000Z",
      "2028-03-23T06:30:00.000Z",
      "2028-03-24T06:30:00.000Z",
      "2028-03-25T06:30:00.000Z",
      "2028-03-26T05:30:00.000Z",
      "2028-03-27T05:30:00.000Z",
      "2028-03-28T05:30:00.000Z",
      "2028-03-29T05:30:00.000Z",
    ]);
  });

  it("has no events when reminders are off and no event for a slot set to none", () => {
    const off = parse(buildCalendar(input({ enabled: false })));
    expect(off.getAllSubcomponents("vevent")).toHaveLength(0);
    const noWeekly = parse(
      buildCalendar(input({ times: { ...DEFAULT_REMINDERS.times, weekly: null } })),
    );
    expect(
      noWeekly.getAllSubcomponents("vevent").map((e) => String(e.getFirstPropertyValue("summary"))),
    ).toEqual(["Nura: morning face massage", "Nura: evening face massage"]);
  });

  it("writes a zone without daylight saving as one standard observance", () => {
    const ics = buildCalendar(input({}, "Asia/Tokyo"));
    expect(ics).toContain(
      "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD",
    );
    expect(occurrences(parse(ics), "-am@nura", 1)).toEqual(["2026-03-25T22:30:00.000Z"]);
  });

  it("rings at 07:30 local on every day of a year in zones with odd rules, as the runtime's zone data says", () => {
    // Southern-hemisphere DST, a half-hour DST shift, and Ramadan suspensions that follow no yearly rule.
    for (const zone of [
      "Australia/Sydney",
      "Australia/Lord_Howe",
      "Africa/Casablanca",
      "Europe/Berlin",
    ]) {
      const vcal = parse(
        buildCalendar({ ...input({}, zone), now: Date.parse("2026-01-01T12:00:00Z") }),
      );
      const got = occurrences(vcal, "-am@nura", 365);
      const expected = Array.from({ length: 365 }, (_, i) =>
        new Date(zonedEpoch(addDays("2026-01-01" as LocalDate, i), 7, 30, zone)).toISOString(),
      );
      expect(got).toEqual(expected);
    }
  });
});
