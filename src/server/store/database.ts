import type { Generated } from "kysely";

/**
 * The tables of Nura's database, as Kysely sees them. Each migration that adds a table adds its
 * interface here; columns hold only what both SQLite and PostgreSQL can store the same way
 * (text, integers, reals), so one query runs on either.
 */
export interface Database {
  app_meta: AppMetaTable;
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  rate_limits: RateLimitsTable;
  records: RecordsTable;
  password_resets: PasswordResetsTable;
  login_throttle: LoginThrottleTable;
}

/** Key/value facts about this database itself (when it was created, by which version). */
export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: string;
}

/** An account. `seq` counts the account's accepted writes; each record carries the value it got. */
export interface UsersTable {
  id: string;
  email: string;
  /** The email lower-cased: the unique key. */
  email_key: string;
  password_hash: string;
  created_at: string;
  seq: Generated<number>;
  /** sha256 (hex) of the calendar subscription token; null until one is made. */
  calendar_token_hash: string | null;
  /** How many records the account stores, tombstones included (its quota counts them). */
  record_count: Generated<number>;
  /** The UTF-8 size of all its records' `doc`s. */
  stored_bytes: Generated<number>;
}

/** A signed-in browser: the sha256 (hex) of its cookie token, never the token itself. */
export interface AuthSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** When a request last used it (updated at most hourly). */
  last_seen_at: string;
  /** The browser's User-Agent at sign-in, shortened; null when it sent none. */
  user_agent: string | null;
}

/** A password-reset link: the sha256 (hex) of its token, whose account, until when it works. */
export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/**
 * Sign-in attempts of one account not (yet) followed by a success, keyed by a hash of its email
 * key: how many, when the last came, and the earliest time the next is let through while the
 * account is being guessed at.
 */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_ms: number;
  next_attempt_ms: number;
}

/** A fixed-window counter shared by every server process (login and register limits). */
export interface RateLimitsTable {
  key: string;
  window_no: number;
  count: number;
}

/**
 * One synced record of one account. `doc` is the record as the API sends it (JSON text of
 * `{id, kind, version, deleted, body}`); the other columns repeat what merging and filtering
 * need. `deleted` is 0 or 1.
 */
export interface RecordsTable {
  user_id: string;
  id: string;
  kind: string;
  version: string;
  deleted: number;
  doc: string;
  seq: number;
  /** The UTF-8 size of `doc`. */
  bytes: number;
}

/** Placeholder re-export so tables with serial ids can use it. */
export type Serial = Generated<number>;
