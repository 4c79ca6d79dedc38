import pg from "pg";
import { describe, expect, it } from "vitest";
import { ApiClient, e2eRecord } from "./support/api-client.ts";
import { type NuraServer, startNura } from "./support/nura-server.ts";
import { freshDatabase } from "./support/pg-database.ts";
import { startTcpProxy } from "./support/tcp-proxy.ts";

const pgUrl = process.env.NURA_TEST_PG_URL;
const batchSize = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  readonly status: number;
  readonly json: unknown;
  readonly headers: Headers;
}

/** Every answer must be a success or a 503 `unavailable` that says when to retry. */
function expectServedOrUnavailable(answers: readonly Answer[]): number {
  let unavailable = 0;
  for (const a of answers) {
    if (a.status === 200 || a.status === 201) continue;
    expect({ status: a.status, json: a.json }).toMatchObject({
      status: 503,
      json: { error: { code: "unavailable" } },
    });
    expect(a.headers.get("retry-after")).toBe("5");
    unavailable++;
  }
  return unavailable;
}

const batch = (n: number) =>
  Array.from({ length: batchSize }, (_, i) =>
    e2eRecord(n * batchSize + i + 1, 1000 + n, "load", { batch: n, i }),
  );

async function signedIn(server: NuraServer): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  const res = await client.send("POST", "/api/auth/register", {
    email: "outage@example.org",
    password: "outlives its database",
  });
  expect(res.status).toBe(201);
  return client;
}

/** Polls until /healthz and a push both succeed; returns how long that took. */
async function msUntilRecovered(client: ApiClient, nextBatch: () => number): Promise<number> {
  const start = performance.now();
  for (;;) {
    const health = await client.send("GET", "/healthz");
    if (health.status === 200) {
      const push = await client.send("POST", "/api/sync/push", {
        deviceId: "load",
        records: batch(nextBatch()),
      });
      if (push.status === 200) return performance.now() - start;
    }
    if (performance.now() - start > 15_000) throw new Error("the server did not recover");
    await sleep(100);
  }
}

async function pulledBatches(client: ApiClient): Promise<Map<number, number>> {
  const perBatch = new Map<number, number>();
  let after = 0;
  for (;;) {
    const page = (await client.send("GET", `/api/sync/pull?after=${after}&limit=500`)).json as {
      records: { body: { batch: number } }[];
      cursor: number;
      more: boolean;
    };
    for (const r of page.records) perBatch.set(r.body.batch, (perBatch.get(r.body.batch) ?? 0) + 1);
    after = page.cursor;
    if (!page.more) return perBatch;
  }
}

describe.runIf(pgUrl)("the server outlives its PostgreSQL", () => {
  it("keeps serving through backends terminated during a push load, and recovers by itself", async () => {
    const db = await freshDatabase(pgUrl as string);
    const dbName = new URL(db.url).pathname.slice(1);
    const server = await startNura({ DATABASE_URL: db.url });
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    try {
      const client = await signedIn(server);
      let next = 0;
      let stopped = false;
      const answers: Answer[] = [];
      const acked = new Set<number>();
      const writer = async () => {
        while (!stopped) {
          const n = next++;
          const res = await client.send("POST", "/api/sync/push", {
            deviceId: "load",
            records: batch(n),
          });
          answers.push(res);
          if (res.status === 200) acked.add(n);
        }
      };
      const writers = Array.from({ length: 4 }, writer);
      let terminated = 0;
      for (let round = 0; round < 12; round++) {
        await sleep(200);
        const killed = await admin.query(
          "select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
          [dbName],
        );
        terminated += Number(killed.rows[0]?.n ?? 0);
      }
      stopped = true;
      await Promise.all(writers);

      expect(terminated).toBeGreaterThan(5);
      expect(server.process.exitCode).toBeNull();
      const unavailable = expectServedOrUnavailable(answers);
      expect(unavailable).toBeGreaterThan(0);
      expect(acked.size).toBeGreaterThan(10);
      expect(await msUntilRecovered(client, () => next++)).toBeLessThan(5000);
      // Every acknowledged push is there, whole.
      const stored = await pulledBatches(client);
      for (const n of acked) expect(stored.get(n)).toBe(batchSize);
      for (const count of stored.values()) expect(count).toBe(batchSize);
      expect(server.output()).toContain("database");
      expect(await server.stop()).toBe(0);
    } finally {
      await admin.end();
      if (server.process.exitCode === null) await server.stop();
      await db.drop();
    }
  });

  it("answers 503 while the database is unreachable and recovers within 5 s of its return", async () => {
    const db = await freshDatabase(pgUrl as string);
    const target = new URL(db.url);
    const proxy = await startTcpProxy(Number(target.port || 5432));
    const viaProxy = new URL(db.url);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    const server = await startNura({ DATABASE_URL: viaProxy.toString() });
    try {
      const client = await signedIn(server);
      let next = 0;
      const first = await client.send("POST", "/api/sync/push", {
        deviceId: "load",
        records: batch(next++),
      });
      expect(first.status).toBe(200);

      await proxy.cut();
      const during: Answer[] = [];
      for (let i = 0; i < 5; i++) {
        during.push(
          await client.send("POST", "/api/sync/push", { deviceId: "load", records: batch(next++) }),
        );
        during.push(await client.send("GET", "/api/sync/pull?after=0"));
        await sleep(100);
      }
      const health = await client.send("GET", "/healthz");
      expect(health.status).toBe(503);
      expect(health.headers.get("retry-after")).toBe("5");
      expect(during.every((a) => a.status === 503)).toBe(true);
      expectServedOrUnavailable(during);
      expect(server.process.exitCode).toBeNull();

      await sleep(500);
      await proxy.restore();
      expect(await msUntilRecovered(client, () => next++)).toBeLessThan(5000);
      expect(await server.stop()).toBe(0);
    } finally {
      if (server.process.exitCode === null) await server.stop();
      await proxy.close();
      await db.drop();
    }
  });

  it("waits at start for a database that is not reachable yet, then serves", async () => {
    const db = await freshDatabase(pgUrl as string);
    const proxy = await startTcpProxy(Number(new URL(db.url).port || 5432));
    await proxy.cut();
    const viaProxy = new URL(db.url);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    const restored = sleep(1500).then(() => proxy.restore());
    const server = await startNura({ DATABASE_URL: viaProxy.toString() });
    try {
      await restored;
      expect(server.output()).toContain("database not reachable yet; retrying");
      const client = await signedIn(server);
      expect((await client.send("GET", "/healthz")).status).toBe(200);
      expect(await server.stop()).toBe(0);
    } finally {
      if (server.process.exitCode === null) await server.stop();
      await proxy.close();
      await db.drop();
    }
  });
});
