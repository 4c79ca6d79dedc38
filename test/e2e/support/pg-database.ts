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
    drop: () => admin(baseUrl, `drop database if exists ${name} with (force)`),
  };
}
