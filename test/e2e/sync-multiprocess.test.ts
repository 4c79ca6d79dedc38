import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, e2eRecord } from "./support/api-client.ts";
import { type NuraServer, startNura } from "./support/nura-server.ts";
import { type FreshDatabase, freshDatabase } from "./support/pg-database.ts";

const pgUrl = process.env.NURA_TEST_PG_URL;

describe.runIf(pgUrl)("two nura serve processes on one PostgreSQL", () => {
  let db: FreshDatabase;
  let one: NuraServer;
  let two: NuraServer;

  beforeAll(async () => {
    db = await freshDatabase(pgUrl as string);
    // Started together: both migrate at once, under the migrator's lock.
    [one, two] = await Promise.all([
      startNura({ DATABASE_URL: db.url }),
      startNura({ DATABASE_URL: db.url }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await db?.drop();
  });

  it("a device pushes through one process and another device pulls through the other", async () => {
    const phone = new ApiClient(one.url);
    expect(
      (
        await phone.send("POST", "/api/auth/register", {
          email: "multi@example.org",
          password: "many processes 1",
        })
      ).status,
    ).toBe(201);
    const records = Array.from({ length: 30 }, (_, i) =>
      e2eRecord(i + 1, 1000 + i, "phone", { mood: i % 5 }),
    );
    const push = await phone.send("POST", "/api/sync/push", { deviceId: "phone", records });
    expect({ status: push.status, json: push.json }).toEqual({
      status: 200,
      json: { accepted: 30, changed: 30, cursor: 30 },
    });

    const tablet = new ApiClient(two.url);
    expect(
      (
        await tablet.send("POST", "/api/auth/login", {
          email: "multi@example.org",
          password: "many processes 1",
        })
      ).status,
    ).toBe(200);
    const pull = await tablet.send("GET", "/api/sync/pull?after=0&limit=500");
    expect(pull.status).toBe(200);
    expect(pull.json).toEqual({ records, cursor: 30, more: false });
  });

  it("pushes of one account through both processes at once get distinct, gap-free seqs", async () => {
    const a = new ApiClient(one.url);
    await a.send("POST", "/api/auth/register", {
      email: "race@example.org",
      password: "many processes 2",
    });
    const b = a.via(two.url);
    const batches = Array.from({ length: 20 }, (_, k) =>
      Array.from({ length: 10 }, (_, i) => e2eRecord(10_000 + k * 10 + i, 5000 + k, "d", { k, i })),
    );
    const answers = await Promise.all(
      batches.map((records, k) =>
        (k % 2 ? a : b).send("POST", "/api/sync/push", { deviceId: "d", records }),
      ),
    );
    expect(answers.every((r) => r.status === 200)).toBe(true);
    const cursors = answers.map((r) => (r.json as { cursor: number }).cursor).sort((x, y) => x - y);
    expect(cursors).toEqual(Array.from({ length: 20 }, (_, k) => (k + 1) * 10));
    const pull = await b.send("GET", "/api/sync/pull?after=0&limit=500");
    expect((pull.json as { records: unknown[]; cursor: number }).records).toHaveLength(200);
    expect((pull.json as { cursor: number }).cursor).toBe(200);
  });

  it("the sign-in limit holds across both processes", async () => {
    const setup = new ApiClient(one.url);
    await setup.send("POST", "/api/auth/register", {
      email: "limited@example.org",
      password: "many processes 3",
    });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const client = new ApiClient(i % 2 ? one.url : two.url);
      statuses.push(
        (
          await client.send("POST", "/api/auth/login", {
            email: "limited@example.org",
            password: `wrong guess ${i}`,
          })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429, 429]);
  });
});
