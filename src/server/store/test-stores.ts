import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { openMigratedStore, openStore } from "./open-store.ts";
import type { Store } from "./store.ts";

/** How a test file gets a fresh, migrated store of one kind. */
export interface StoreFixture {
  readonly name: "sqlite" | "postgres";
  /** Opens a new migrated store, isolated from every other test file. */
  open(): Promise<Store>;
  /** Opens a new store with no schema at all (for migration tests). */
  openEmpty(): Promise<Store>;
}

const pgUrl = process.env.NURA_TEST_PG_URL;
let warned = false;

function sqliteFixture(): StoreFixture {
  return {
    name: "sqlite",
    open: () => openMigratedStore({ sqliteFile: ":memory:" }),
    openEmpty: () => openStore({ sqliteFile: ":memory:" }),
  };
}

/**
 * A PostgreSQL fixture: each `open()` works in a new schema (dropped when the file's tests end),
 * so test files never see each other's rows.
 */
function postgresFixture(url: string): StoreFixture {
  const schemas: string[] = [];
  afterAll(async () => {
    if (schemas.length === 0) return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const s of schemas) await client.query(`drop schema if exists ${s} cascade`);
    } finally {
      await client.end();
    }
  });
  const openIn = async (migrated: boolean): Promise<Store> => {
    const schema = `nura_test_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`create schema ${schema}`);
    } finally {
      await client.end();
    }
    schemas.push(schema);
    const opts = { databaseUrl: url, pgSchema: schema, pgPoolSize: 4 };
    return migrated ? openMigratedStore(opts) : openStore(opts);
  };
  return { name: "postgres", open: () => openIn(true), openEmpty: () => openIn(false) };
}

/**
 * Runs `suite` once per store adapter: always SQLite, and PostgreSQL whenever NURA_TEST_PG_URL
 * is set (otherwise that run is skipped and the reason printed once).
 */
export function describeEachStore(title: string, suite: (fixture: StoreFixture) => void): void {
  describe(`${title} [sqlite]`, () => suite(sqliteFixture()));
  describePostgres(title, suite);
}

/** Runs `suite` on PostgreSQL only, for what only PostgreSQL does; skipped as above. */
export function describePostgres(title: string, suite: (fixture: StoreFixture) => void): void {
  if (pgUrl) {
    describe(`${title} [postgres]`, () => suite(postgresFixture(pgUrl)));
  } else {
    if (!warned) {
      warned = true;
      process.stderr.write(
        "PostgreSQL contract runs skipped: set NURA_TEST_PG_URL=postgres://… to run them.\n",
      );
    }
    describe.skip(`${title} [postgres] (NURA_TEST_PG_URL not set)`, () => {});
  }
}

/** Opens a store before the suite and closes it after; the getter is valid inside tests. */
export function useStore(fixture: StoreFixture): () => Store {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await fixture.open();
  });
  afterAll(async () => {
    await store?.close();
  });
  return () => {
    if (!store) throw new Error("store not open yet");
    return store;
  };
}
