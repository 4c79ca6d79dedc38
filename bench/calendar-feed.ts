import { createApp } from "../src/server/app.ts";
import { openMigratedStore } from "../src/server/store/open-store.ts";
import { type Bench, type Figure, median, quantile } from "./support/figure.ts";

const REQUESTS = 2000;
const env = { incoming: { socket: { remoteAddress: "192.0.2.7" } } };
const origin = "http://localhost";

type App = ReturnType<typeof createApp>;

async function call(
  app: App,
  method: string,
  path: string,
  body?: unknown,
  cookie?: string,
): Promise<Response> {
  const headers: Record<string, string> = { origin };
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  return app.request(
    path,
    { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
    env,
  );
}

/** A signed-in account with reminders, a profile and a weekly routine synced, and its feed path. */
async function feedPath(app: App): Promise<string> {
  const reg = await call(app, "POST", "/api/auth/register", {
    email: "bench@example.org",
    password: "correct horse battery",
  });
  const cookie = /nura_session=[^;]+/.exec(reg.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`register failed: ${reg.status}`);
  const version = (n: number) => `${String(Date.now()).padStart(16, "0")}-000${n}-benchdevice`;
  const record = (n: number, kind: string, body: unknown) => ({
    id: `0192f000-0000-7000-8000-00000000000${n}`,
    kind,
    version: version(n),
    deleted: false,
    body,
  });
  const push = await call(
    app,
    "POST",
    "/api/sync/push",
    {
      deviceId: "benchdevice",
      records: [
        record(1, "settings", {
          reminders: {
            schemaVersion: 1,
            enabled: true,
            times: { am: "07:30", pm: "21:00", weekly: "19:00" },
            quietDays: [6],
            timeZone: "Europe/Berlin",
          },
        }),
        record(2, "profile", { schemaVersion: 1, minutes: { am: 4, pm: 7, weekly: 12 } }),
        record(3, "routine", {
          schemaVersion: 1,
          slot: "weekly",
          steps: [{ kind: "massage" }],
          weekday: 0,
        }),
      ],
    },
    cookie,
  );
  if (push.status !== 200) throw new Error(`push failed: ${push.status} ${await push.text()}`);
  // A year and a half of sessions: the feed reads only the documents it needs.
  for (let batch = 0; batch < 10; batch++) {
    const sessions = Array.from({ length: 100 }, (_, i) => {
      const n = 100 + batch * 100 + i;
      const startedAt = new Date(Date.UTC(2025, 0, 1) + n * 43_200_000).toISOString();
      return {
        id: `0192f000-0000-7000-8000-${n.toString(16).padStart(12, "0")}`,
        kind: "session",
        version: version(n % 10),
        deleted: false,
        body: { startedAt, endedAt: startedAt, slot: n % 2 === 0 ? "am" : "pm" },
      };
    });
    const res = await call(
      app,
      "POST",
      "/api/sync/push",
      { deviceId: "benchdevice", records: sessions },
      cookie,
    );
    if (res.status !== 200)
      throw new Error(`session push failed: ${res.status} ${await res.text()}`);
  }
  const token = await call(app, "POST", "/api/calendar/token", undefined, cookie);
  const { url } = (await token.json()) as { url: string };
  return new URL(url).pathname;
}

async function timeRequests(app: App, path: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const res = await app.request(path, {}, env);
    await res.text();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    times.push((performance.now() - t0) * 1000);
  }
  return times;
}

/**
 * The calendar subscription a phone polls: one GET builds the ICS from the account's synced
 * records (one indexed query, a VTIMEZONE kept per zone). Compared with `/healthz`, the cheapest
 * request that also reaches the database, measured the same way in the same run (in process,
 * SQLite in memory, no socket).
 */
export const calendarFeedBench: Bench = {
  name: "calendar-feed",
  async run(): Promise<readonly Figure[]> {
    const store = await openMigratedStore({ sqliteFile: ":memory:" });
    try {
      const app = createApp({ store });
      const path = await feedPath(app);
      await timeRequests(app, path); // warm-up: JIT, statement cache, zone cache
      const feed = await timeRequests(app, path);
      const health = await timeRequests(app, "/healthz");
      return [
        {
          name: "calendar feed GET, median",
          value: Math.round(median(feed)),
          unit: "µs",
          baseline: { name: "/healthz GET, median", value: Math.round(median(health)) },
        },
        {
          name: "calendar feed GET, p95",
          value: Math.round(quantile(feed, 0.95)),
          unit: "µs",
          baseline: { name: "/healthz GET, p95", value: Math.round(quantile(health, 0.95)) },
          note: `${REQUESTS} requests each, after as many to warm up; the account holds 1,000 sessions besides its settings, profile and routine.`,
        },
      ];
    } finally {
      await store.close();
    }
  },
};
