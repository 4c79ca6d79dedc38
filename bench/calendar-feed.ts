import { sql } from "kysely";
import { sessionFacts } from "../src/core/progress/test-fixtures.ts";
import { PROFILE_ID, ROUTINE_IDS, SETTINGS_ID } from "../src/core/setup/record-ids.ts";
import { createApp } from "../src/server/app.ts";
import { openMigratedStore } from "../src/server/store/open-store.ts";
import { defaultQuota } from "../src/server/sync/quota.ts";
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

/** Signs up `email` and returns its session cookie. */
async function signUp(app: App, email: string): Promise<string> {
  const reg = await call(app, "POST", "/api/auth/register", {
    email,
    password: "correct horse battery",
  });
  const cookie = /nura_session=[^;]+/.exec(reg.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`register failed: ${reg.status}`);
  return cookie;
}

async function push(app: App, cookie: string, records: readonly unknown[]): Promise<void> {
  const res = await call(
    app,
    "POST",
    "/api/sync/push",
    { deviceId: "benchdevice", records },
    cookie,
  );
  if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
}

const version = (n: number) =>
  `${String(Date.now()).padStart(16, "0")}-${String(n % 10_000).padStart(4, "0")}-benchdevice`;

/** The three documents the feed is made from, under the ids the app keeps them at. */
function calendarDocuments() {
  const doc = (id: string, kind: string, body: unknown) => ({
    id,
    kind,
    version: version(0),
    deleted: false,
    body,
  });
  return [
    doc(SETTINGS_ID, "settings", {
      reminders: {
        schemaVersion: 1,
        enabled: true,
        times: { am: "07:30", pm: "21:00", weekly: "19:00" },
        quietDays: [6],
        timeZone: "Europe/Berlin",
      },
    }),
    doc(PROFILE_ID, "profile", { schemaVersion: 1, minutes: { am: 4, pm: 7, weekly: 12 } }),
    doc(ROUTINE_IDS.weekly, "routine", {
      schemaVersion: 1,
      slot: "weekly",
      steps: [{ kind: "massage" }],
      weekday: 0,
    }),
  ];
}

/** The session records that fill an account to its quota: 19,997 records, about 24.5 MB. */
function* fillerBatches(): Generator<unknown[]> {
  const total = defaultQuota.maxRecords - 3;
  for (let start = 0; start < total; start += 500) {
    yield Array.from({ length: Math.min(500, total - start) }, (_, i) => {
      const n = start + i;
      const startedAt = new Date(Date.UTC(2020, 0, 1) + n * 43_200_000).toISOString();
      return {
        id: `0192f000-0000-7000-8000-${n.toString(16).padStart(12, "0")}`,
        kind: "session",
        version: version(n),
        deleted: false,
        body: {
          ...sessionFacts({ startedAt, endedAt: startedAt }),
          note: "n".repeat(800),
        },
      };
    });
  }
}

/** A signed-in account with reminders, a profile and a weekly routine synced, and its feed path. */
async function feedPath(app: App, email: string, full: boolean): Promise<string> {
  const cookie = await signUp(app, email);
  await push(app, cookie, calendarDocuments());
  if (full) for (const batch of fillerBatches()) await push(app, cookie, batch);
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
 * The calendar subscription a phone polls: one GET builds the ICS from the account's three
 * calendar documents, read by key, with a VTIMEZONE kept per zone. Compared with `/healthz`,
 * the cheapest request that also reaches the database, and the same feed of an account filled
 * to its quota with sessions against an account holding only those three documents, measured
 * the same way in the same run (in process, SQLite in memory, no socket).
 */
export const calendarFeedBench: Bench = {
  name: "calendar-feed",
  async run(): Promise<readonly Figure[]> {
    const store = await openMigratedStore({ sqliteFile: ":memory:" });
    try {
      const app = createApp({ store });
      const empty = await feedPath(app, "empty@example.org", false);
      const full = await feedPath(app, "full@example.org", true);
      const usage = await sql<{
        n: number;
        bytes: number;
      }>`select record_count as n, stored_bytes as bytes
        from users where email = 'full@example.org'`.execute(store.db);
      const held = usage.rows[0];
      for (const path of [empty, full]) await timeRequests(app, path); // warm-up: JIT, caches
      const emptyFeed = await timeRequests(app, empty);
      const fullFeed = await timeRequests(app, full);
      const health = await timeRequests(app, "/healthz");
      return [
        {
          name: "calendar feed GET, median",
          value: Math.round(median(emptyFeed)),
          unit: "µs",
          baseline: { name: "/healthz GET, median", value: Math.round(median(health)) },
        },
        {
          name: "calendar feed GET, p95",
          value: Math.round(quantile(emptyFeed, 0.95)),
          unit: "µs",
          baseline: { name: "/healthz GET, p95", value: Math.round(quantile(health, 0.95)) },
          note: `${REQUESTS} requests each, after as many to warm up.`,
        },
        {
          name: "calendar feed GET of a full-quota account, median",
          value: Math.round(median(fullFeed)),
          unit: "µs",
          baseline: { name: "same, account with 3 records", value: Math.round(median(emptyFeed)) },
          note: `target ≤ 2x; the full account holds ${Number(held?.n).toLocaleString("en-US")} records, ${(Number(held?.bytes) / 1e6).toFixed(1)} MB (the quota is ${defaultQuota.maxRecords.toLocaleString("en-US")} and ${defaultQuota.maxBytes / 1e6} MB).`,
        },
      ];
    } finally {
      await store.close();
    }
  },
};
