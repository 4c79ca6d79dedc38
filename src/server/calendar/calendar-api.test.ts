import ICAL from "ical.js";
import { beforeAll, expect, it } from "vitest";
import { PROFILE_ID, ROUTINE_IDS, SETTINGS_ID } from "../../core/setup/record-ids.ts";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { apiHarness, testRecord } from "../testing/api-harness.ts";

const ms = Date.parse("2026-11-25T08:00:00Z");
/** The app keeps settings, profile and routines under fixed ids; the feed reads exactly those. */
const at = (id: string, record: ReturnType<typeof testRecord>) => ({ ...record, id });

describeEachStore("calendar subscription API", (fixture) => {
  const store = useStore(fixture);
  let h: ReturnType<typeof apiHarness>;
  let cookie: string;
  let url: string;

  beforeAll(async () => {
    h = apiHarness(store());
    cookie = await h.register("cal@example.org");
    const push = await h.call("POST", "/api/sync/push", {
      cookie,
      body: {
        deviceId: "dev1",
        records: [
          at(
            SETTINGS_ID,
            testRecord(1, "settings", ms, "dev1", {
              reminders: {
                schemaVersion: 1,
                enabled: true,
                times: { am: "06:45", pm: null, weekly: "18:30" },
                quietDays: [0],
                timeZone: "Europe/Berlin",
              },
            }),
          ),
          at(
            PROFILE_ID,
            testRecord(2, "profile", ms, "dev1", {
              schemaVersion: 1,
              minutes: { am: 5, pm: 7, weekly: 15 },
            }),
          ),
          at(
            ROUTINE_IDS.weekly,
            testRecord(3, "routine", ms, "dev1", {
              schemaVersion: 1,
              slot: "weekly",
              steps: [{ kind: "massage" }],
              weekday: 3,
            }),
          ),
          // Documents under other ids are not the app's, and the feed never reads them.
          testRecord(5, "settings", ms + 120_000, "dev9", {
            reminders: {
              schemaVersion: 1,
              enabled: false,
              times: {},
              quietDays: [],
              timeZone: "UTC",
            },
          }),
        ],
      },
    });
    expect(push.status).toBe(200);
  });

  it("refuses to make a token without a session", async () => {
    const res = await h.call("POST", "/api/calendar/token");
    expect(res.status).toBe(401);
  });

  it("makes a subscription address for the signed-in person and serves their reminders there", async () => {
    const res = await h.call("POST", "/api/calendar/token", { cookie });
    expect(res.status).toBe(200);
    url = (res.json as { url: string }).url;
    expect(url).toMatch(/^http:\/\/localhost\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const ics = await h.call("GET", new URL(url).pathname);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const vcal = new ICAL.Component(ICAL.parse(ics.text));
    const events = vcal.getAllSubcomponents("vevent");
    expect(
      events.map((e) => [
        String(e.getFirstPropertyValue("summary")),
        e.getFirstProperty("dtstart")?.toICALString(),
        String(e.getFirstPropertyValue("rrule")),
      ]),
    ).toEqual([
      [
        "Nura: morning face massage",
        "DTSTART;TZID=Europe/Berlin:20261125T064500",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA",
      ],
      [
        "Nura: weekly face massage",
        "DTSTART;TZID=Europe/Berlin:20261125T183000",
        "FREQ=WEEKLY;BYDAY=WE",
      ],
    ]);
    expect(
      events.every(
        (e) => e.getFirstSubcomponent("valarm")?.getFirstPropertyValue("action") === "DISPLAY",
      ),
    ).toBe(true);
    expect(ics.text).toContain("DURATION:PT15M");
  });

  it("rotating the token retires the old address", async () => {
    const old = new URL(url).pathname;
    const res = await h.call("POST", "/api/calendar/token", { cookie });
    const fresh = new URL((res.json as { url: string }).url).pathname;
    expect(fresh).not.toBe(old);
    expect((await h.call("GET", old)).status).toBe(404);
    expect((await h.call("GET", fresh)).status).toBe(200);
    expect((await h.call("DELETE", "/api/calendar/token", { cookie })).status).toBe(204);
    expect((await h.call("GET", fresh)).status).toBe(404);
  });

  it("serves the newest settings when two devices wrote them", async () => {
    const later = at(
      SETTINGS_ID,
      testRecord(4, "settings", ms + 60_000, "dev2", {
        reminders: {
          schemaVersion: 1,
          enabled: true,
          times: { am: "05:55", pm: null, weekly: null },
          quietDays: [],
          timeZone: "Asia/Tokyo",
        },
      }),
    );
    expect(
      (
        await h.call("POST", "/api/sync/push", {
          cookie,
          body: { deviceId: "dev2", records: [later] },
        })
      ).status,
    ).toBe(200);
    const res = await h.call("POST", "/api/calendar/token", { cookie });
    const ics = await h.call("GET", new URL((res.json as { url: string }).url).pathname);
    expect(ics.text).toContain("DTSTART;TZID=Asia/Tokyo:20261125T055500");
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it("answers 404 for a malformed or unknown token without touching the store's secrets", async () => {
    expect((await h.call("GET", "/api/calendar/short.ics")).status).toBe(404);
    expect((await h.call("GET", "/api/calendar/not-even-ics")).status).toBe(404);
  });
});
