import { sql } from "kysely";
import { AppError } from "../errors.ts";
import type { Store } from "../store/store.ts";

/** Attempts an account gets before it is slowed down. */
export const freeAttempts = 10;
/** While slowed, one attempt per this long, from any address. */
export const slowAttemptEveryMs = 60_000;
/** Failures older than this (counted from the last one) are forgotten. */
export const failureMemoryMs = 15 * 60_000;

/** What an attempt on a throttled account is answered with. */
export class ThrottledError extends AppError {
  constructor(retryAfterMs: number) {
    super("rate-limited", "too many attempts; try again in a minute", {
      "Retry-After": String(Math.max(1, Math.ceil(retryAfterMs / 1000))),
    });
  }
}

/**
 * Starts a sign-in attempt on an account. The attempt counts as a failure until `succeeded`
 * clears the count, so simultaneous guesses are all counted before any is verified. Past
 * {@link freeAttempts} failures the account is not locked: it takes one attempt a minute from
 * anyone, so its owner can still get in while a guesser is slowed to a crawl. Throws
 * {@link ThrottledError} when this attempt came too soon.
 */
export async function beginAttempt(store: Store, key: string, nowMs: number): Promise<void> {
  const forgetBefore = nowMs - failureMemoryMs;
  const row = await store.db
    .insertInto("login_throttle")
    .values({ key, failures: 1, last_failure_ms: nowMs, next_attempt_ms: 0 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        failures: sql<number>`case when login_throttle.last_failure_ms <= ${forgetBefore} then 1 else login_throttle.failures + 1 end`,
        next_attempt_ms: sql<number>`case when login_throttle.last_failure_ms <= ${forgetBefore} then 0 else login_throttle.next_attempt_ms end`,
        last_failure_ms: nowMs,
      }),
    )
    .returning(["failures", "next_attempt_ms"])
    .executeTakeFirstOrThrow();
  if (Number(row.failures) <= freeAttempts) return;
  // Slowed: take the next slot atomically, so two addresses cannot both use the same minute.
  const claimed = await store.db
    .updateTable("login_throttle")
    .set({ next_attempt_ms: nowMs + slowAttemptEveryMs })
    .where("key", "=", key)
    .where("next_attempt_ms", "<=", nowMs)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) {
    throw new ThrottledError(Number(row.next_attempt_ms) - nowMs);
  }
}

/** Ends an attempt that failed: from the tenth failure on, the next one waits a minute. */
export async function failedAttempt(store: Store, key: string, nowMs: number): Promise<void> {
  await store.db
    .updateTable("login_throttle")
    .set({
      next_attempt_ms: sql<number>`case when failures >= ${freeAttempts} then ${nowMs + slowAttemptEveryMs} else next_attempt_ms end`,
    })
    .where("key", "=", key)
    .execute();
}

/** Ends an attempt that succeeded: the account's failures are forgotten. */
export async function succeededAttempt(store: Store, key: string): Promise<void> {
  await store.db.deleteFrom("login_throttle").where("key", "=", key).execute();
}
