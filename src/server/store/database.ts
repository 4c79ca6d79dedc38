import type { Generated } from "kysely";

/**
 * The tables of Nura's database, as Kysely sees them. Each migration that adds a table adds its
 * interface here; columns hold only what both SQLite and PostgreSQL can store the same way
 * (text, integers, reals), so one query runs on either.
 */
export interface Database {
  app_meta: AppMetaTable;
}

/** Key/value facts about this database itself (when it was created, by which version). */
export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: string;
}

/** Placeholder re-export so tables with serial ids can use it. */
export type Serial = Generated<number>;
