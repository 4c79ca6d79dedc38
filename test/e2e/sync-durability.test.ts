import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ApiClient, e2eRecord } from "./support/api-client.ts";
import { startNura } from "./support/nura-server.ts";
import { freshDatabase } from "./support/pg-database.ts";

const pgUrl = process.env.NURA_TEST_PG_URL;
const batchSize = 20;

interface Pulled {
  records: { id: string; body: { batch: number; i: number; pad: string } }[];
  cursor: number;
  more: boolean;
}

/**
 * Pushes batches from several parallel writers until killed; returns the batches answered 200.
 * Each batch has its own ids, so after a crash every acknowledged batch must be there whole.
 */
async function loadUntilKilled(client: ApiClient, kill: () => void): Promise<Set<number>> {
  const acked = new Set<number>();
  let next = 0;
  let stopped = false;
  const writer = async () => {
    while (!stopped) {
      const batch = next++;
      const records = Array.from({ length: batchSize }, (_, i) =>
        e2eRecord(batch * batchSize + i + 1, 1000 + batch, "load", {
          batch,
          i,
          pad: "p".repeat(200),
        }),
      );
      try {
        const res = await client.send("POST", "/api/sync/push", { deviceId: "load", records });
        if (res.status === 200) acked.add(batch);
      } catch {
        stopped = true; // the server is gone
      }
    }
  };
  const writers = Array.from({ length: 6 }, writer);
  await new Promise((r) => setTimeout(r, 1500));
  kill();
  await Promise.all(writers);
  return acked;
}

async function crashAndCheck(env: Record<string, string>) {
  const first = await startNura(env);
  const client = new ApiClient(first.url);
  expect(
    (
      await client.send("POST", "/api/auth/register", {
        email: "crash@example.org",
        password: "survives a crash",
      })
    ).status,
  ).toBe(201);
  const acked = await loadUntilKilled(client, () => first.process.kill("SIGKILL"));
  await first.stop();
  expect(acked.size).toBeGreaterThan(10);

  const second = await startNura(env);
  try {
    const again = new ApiClient(second.url, client.cookie);
    const seen: Pulled["records"] = [];
    let after = 0;
    for (;;) {
      const page = (await again.send("GET", `/api/sync/pull?after=${after}&limit=500`))
        .json as Pulled;
      seen.push(...page.records);
      after = page.cursor;
      if (!page.more) break;
    }
    const perBatch = new Map<number, number>();
    for (const r of seen) {
      expect(r.body.pad).toBe("p".repeat(200));
      perBatch.set(r.body.batch, (perBatch.get(r.body.batch) ?? 0) + 1);
    }
    for (const batch of acked) expect(perBatch.get(batch)).toBe(batchSize);
    // No half-written push: every batch that made it is whole, and seqs have no gaps.
    for (const count of perBatch.values()) expect(count).toBe(batchSize);
    expect(after).toBe(seen.length);
  } finally {
    await second.stop();
  }
}

describe("durability: kill -9 under push load", () => {
  it("SQLite keeps every acknowledged push whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nura-crash-"));
    try {
      await crashAndCheck({ NURA_DATA_DIR: dir });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(pgUrl)("PostgreSQL keeps every acknowledged push whole", async () => {
    const db = await freshDatabase(pgUrl as string);
    try {
      await crashAndCheck({ DATABASE_URL: db.url });
    } finally {
      await db.drop();
    }
  });
});
