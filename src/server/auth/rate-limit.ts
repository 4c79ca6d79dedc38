import { createHash } from "node:crypto";
import { sql } from "kysely";
import { AppError } from "../errors.ts";
import type { Store } from "../store/store.ts";

/** At most `limit` attempts per fixed window of `windowMs`. */
export interface Limit {
  readonly limit: number;
  readonly windowMs: number;
}

/** The limits on the password endpoints; tests and the bench pass their own. */
export interface RateLimits {
  readonly loginPerIp: Limit;
  readonly loginPerAccount: Limit;
  readonly registerPerIp: Limit;
  readonly registerPerAccount: Limit;
}

const minute = 60_000;

/**
 * Generous for a person, ruinous for guessing: 10 sign-in tries an account and 50 an address per
 * 15 minutes; 10 sign-ups an address and 5 an email per hour.
 */
export const defaultRateLimits: RateLimits = {
  loginPerIp: { limit: 50, windowMs: 15 * minute },
  loginPerAccount: { limit: 10, windowMs: 15 * minute },
  registerPerIp: { limit: 10, windowMs: 60 * minute },
  registerPerAccount: { limit: 5, windowMs: 60 * minute },
};

/** A counter key that does not store emails or addresses in the clear. */
export function limitKey(scope: string, subject: string): string {
  return `${scope}:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`;
}

/**
 * Counts one attempt against `key` and throws a 429 with Retry-After once the window's limit is
 * passed. The counter lives in the database and is bumped in one atomic upsert, so every server
 * process shares it and concurrent attempts are all counted.
 */
export async function hitLimit(
  store: Store,
  key: string,
  rule: Limit,
  nowMs: number,
): Promise<void> {
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
  // The first attempt of a new window also clears this scope's counters from earlier windows,
  // so the table holds only live windows.
  if (count === 1) await pruneScope(store, key, windowNo);
  if (count <= rule.limit) return;
  const retryAfter = Math.max(1, Math.ceil(((windowNo + 1) * rule.windowMs - nowMs) / 1000));
  throw new AppError("rate-limited", "too many attempts; try again later", {
    "Retry-After": String(retryAfter),
  });
}

async function pruneScope(store: Store, key: string, windowNo: number): Promise<void> {
  const scope = key.slice(0, key.indexOf(":") + 1);
  await store.db
    .deleteFrom("rate_limits")
    .where("window_no", "<", windowNo)
    .where("key", "like", `${scope}%`)
    .execute();
}
