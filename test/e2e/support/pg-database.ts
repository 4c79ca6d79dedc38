import { randomBytes } from "node:crypto";
import pg from "pg";

/** A PostgreSQL database made for one test file, and how to drop it. */
export interface FreshDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Drops a database, ending our own sessions on it. An autovacuum worker may be busy in it after
 * heavy writes; the test role cannot end that one (42501), so the drop is tried again until the
 * worker is done (it is, in well under a second, on a test-sized database).
 */
async function dropWhenFree(baseUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin(baseUrl, `drop database if exists ${name} with (force)`);
      return;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if ((code !== "42501" && code !== "55006") || attempt >= 50) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * Creates an empty database beside the one in `baseUrl` (the test role has CREATEDB), so
 * several `nura serve` processes can share it without touching any other test's tables.
 */
export async function freshDatabase(baseUrl: string): Promise<FreshDatabase> {
  const name = `nura_e2e_${randomBytes(6).toString("hex")}`;
  await admin(baseUrl, `create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropWhenFree(baseUrl, name),
  };
}
