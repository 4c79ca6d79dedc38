import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createAccount, deleteAccount } from "../auth/user-store.ts";
import { openMigratedStore, sqliteFileName } from "./open-store.ts";

describe("the SQLite file", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const scratch = () => {
    const d = mkdtempSync(join(tmpdir(), "nura-file-"));
    dirs.push(d);
    return d;
  };

  it("lives in a folder only its owner can enter, in a file only its owner can read", async () => {
    const dataDir = join(scratch(), "data");
    const store = await openMigratedStore({ dataDir });
    try {
      await createAccount(store, "mode@example.org", "hash", Date.now());
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      for (const name of [sqliteFileName, `${sqliteFileName}-wal`]) {
        expect(statSync(join(dataDir, name)).mode & 0o777).toBe(0o600);
      }
    } finally {
      await store.close();
    }
  });

  it("tightens a folder and a file that an older version made readable to others", async () => {
    const dataDir = scratch();
    writeFileSync(join(dataDir, sqliteFileName), "", { mode: 0o644 });
    const store = await openMigratedStore({ dataDir });
    await store.close();
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, sqliteFileName)).mode & 0o777).toBe(0o600);
  });

  it("overwrites a deleted account, so its email and hash are not left in free pages", async () => {
    const dataDir = scratch();
    const store = await openMigratedStore({ dataDir });
    const marker = "gone-for-good-8c1f@example.org";
    const account = await createAccount(store, marker, "$argon2id$secret-hash-7d2e", Date.now());
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    const file = join(dataDir, sqliteFileName);
    expect(readFileSync(file).includes(marker)).toBe(true);
    await deleteAccount(store, account?.id ?? "");
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    await store.close();
    const bytes = readFileSync(file);
    expect(bytes.includes(marker)).toBe(false);
    expect(bytes.includes("secret-hash-7d2e")).toBe(false);
  });
});
