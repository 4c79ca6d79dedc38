import { createHash } from "node:crypto";
import { sql } from "kysely";
import { AppError } from "../errors.ts";
import type { Store } from "../store/store.ts";

/** At most `limit` attempts per fixed window of `windowMs`. */
export interface Limit {
  readonly limit: number;
  readonly windowMs: number;
  /**
   * When set, a refusal is answered only after this many milliseconds, on a connection that then
   * closes: a client that retries in a loop is slowed to a few requests a second at the cost of a
   * timer, instead of taking the server's time from everyone else as fast as it is refused.
   */
  readonly refusalDelayMs?: number;
}

/** The limits on the open endpoints; tests and the bench pass their own. */
export interface RateLimits {
  /** Failed sign-ins (and password checks) from one address. */
  readonly loginPerIp: Limit;
  /** Wrong passwords given by a signed-in person (deleting the account, changing the password). */
  readonly reauthPerAccount: Limit;
  readonly registerPerIp: Limit;
  readonly registerPerAccount: Limit;
  /** Password-reset requests from one address, and for one email. */
  readonly resetPerIp: Limit;
  readonly resetPerAccount: Limit;
  /** The open planning endpoints (`/api/plan`, `/api/routine`) from one address. */
  readonly planPerIp: Limit;
}

const minute = 60_000;

/**
 * Generous for a person, ruinous for guessing: 50 failed sign-ins an address per 15 minutes (an
 * account itself slows to one try a minute after 10 failures, see login-throttle.ts); 10
 * sign-ups an address and 5 an email per hour; 10 reset mails an address and 3 an email per
 * hour; 60 plans a minute from one address, past which each refusal waits half a second.
 */
export const defaultRateLimits: RateLimits = {
  loginPerIp: { limit: 50, windowMs: 15 * minute },
  reauthPerAccount: { limit: 10, windowMs: 15 * minute },
  registerPerIp: { limit: 10, windowMs: 60 * minute },
  registerPerAccount: { limit: 5, windowMs: 60 * minute },
  resetPerIp: { limit: 10, windowMs: 60 * minute },
  resetPerAccount: { limit: 3, windowMs: 60 * minute },
  planPerIp: { limit: 60, windowMs: minute, refusalDelayMs: 500 },
};

/** A counter key that does not store emails or addresses in the clear. */
export function limitKey(scope: string, subject: string): string {
  return `${scope}:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`;
}

function retryAfter(rule: Limit, windowNo: number, nowMs: number): Record<string, string> {
  const seconds = Math.max(1, Math.ceil(((windowNo + 1) * rule.windowMs - nowMs) / 1000));
  return { "Retry-After": String(seconds) };
}

/**
 * Keys already refused in their current window, per store (the counters live in it): a window's
 * count only grows, so such a key stays refused until its window ends, and is refused from here
 * without touching the database. A flood of refused requests then costs what a refusal costs
 * rather than a write each. Bounded, so refusals from very many addresses cannot grow it without
 * end (past the bound, refusals are counted in the database as before).
 */
const refusedByStore = new WeakMap<Store, Map<string, number>>();
const maxRefusedKeys = 10_000;

function knownRefused(store: Store, key: string, windowNo: number): boolean {
  return refusedByStore.get(store)?.get(key) === windowNo;
}

function rememberRefused(store: Store, key: string, windowNo: number): void {
  let refused = refusedByStore.get(store);
  if (!refused) {
    refused = new Map();
    refusedByStore.set(store, refused);
  }
  if (refused.size >= maxRefusedKeys) {
    for (const [k, w] of refused) if (w < windowNo) refused.delete(k);
    if (refused.size >= maxRefusedKeys) return;
  }
  refused.set(key, windowNo);
}

const tooMany = (rule: Limit, windowNo: number, nowMs: number) =>
  new AppError(
    "rate-limited",
    "too many attempts; try again later",
    rule.refusalDelayMs
      ? { ...retryAfter(rule, windowNo, nowMs), connection: "close" }
      : retryAfter(rule, windowNo, nowMs),
  );

/** The refusal, after the rule's delay if it has one. */
async function refuse(rule: Limit, windowNo: number, nowMs: number): Promise<never> {
  if (rule.refusalDelayMs) await new Promise((r) => setTimeout(r, rule.refusalDelayMs));
  throw tooMany(rule, windowNo, nowMs);
}

/**
 * Counts one event against `key` in the current window and returns the window's count. The
 * counter lives in the database and is bumped in one atomic upsert, so every server process
 * shares it and concurrent events are all counted.
 */
export async function countHit(
  store: Store,
  key: string,
  rule: Limit,
  nowMs: number,
): Promise<number> {
  const windowNo = Math.floor(nowMs / rule.windowMs);
  const row = await store.db
    .insertInto("rate_limits")
    .values({ key, window_no: windowNo, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when rate_limits.window_no = ${windowNo} then rate_limits.count + 1 else 1 end`,
        window_no: windowNo,
      }),
    )
    .returning("count")
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  // The first event of a new window also clears this scope's counters from earlier windows,
  // so the table holds only live windows.
  if (count === 1) await pruneScope(store, key, windowNo);
  return count;
}

/**
 * Counts one attempt against `key` and throws a 429 with Retry-After once the window's limit is
 * passed (after the rule's delay, if any): for endpoints where every attempt costs (sign-up,
 * planning).
 */
export async function hitLimit(
  store: Store,
  key: string,
  rule: Limit,
  nowMs: number,
): Promise<void> {
  const windowNo = Math.floor(nowMs / rule.windowMs);
  if (knownRefused(store, key, windowNo)) return refuse(rule, windowNo, nowMs);
  const count = await countHit(store, key, rule, nowMs);
  if (count > rule.limit) {
    rememberRefused(store, key, windowNo);
    return refuse(rule, windowNo, nowMs);
  }
}

/**
 * Throws the 429 when `key` has already reached its limit in the current window, without
 * counting: for limits that count only failures (`countHit` after one), so that people who get
 * their password right are never held back by it.
 */
export async function assertUnderLimit(
  store: Store,
  key: string,
  rule: Limit,
  nowMs: number,
): Promise<void> {
  const windowNo = Math.floor(nowMs / rule.windowMs);
  if (knownRefused(store, key, windowNo)) throw tooMany(rule, windowNo, nowMs);
  const row = await store.db
    .selectFrom("rate_limits")
    .select("count")
    .where("key", "=", key)
    .where("window_no", "=", windowNo)
    .executeTakeFirst();
  if (row && Number(row.count) >= rule.limit) {
    rememberRefused(store, key, windowNo);
    throw tooMany(rule, windowNo, nowMs);
  }
}

async function pruneScope(store: Store, key: string, windowNo: number): Promise<void> {
  const scope = key.slice(0, key.indexOf(":") + 1);
  await store.db
    .deleteFrom("rate_limits")
    .where("window_no", "<", windowNo)
    .where("key", "like", `${scope}%`)
    .execute();
}
