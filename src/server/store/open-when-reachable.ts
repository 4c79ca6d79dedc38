import type { Logger } from "../logger.ts";
import { openMigratedStore, type StoreOptions } from "./open-store.ts";
import type { Store } from "./store.ts";
import { isStoreUnavailable } from "./store-faults.ts";

/** The longest wait between two attempts to reach the database at start. */
export const maxStartRetryMs = 5000;

const causeOf = (err: unknown): unknown => (err as { cause?: unknown } | null)?.cause ?? err;

/**
 * Opens and migrates the store, waiting for a database that is not reachable yet (a server and
 * its PostgreSQL started together, or PostgreSQL restarting): each failed attempt is logged and
 * retried, the wait doubling up to {@link maxStartRetryMs}. Any other failure (a wrong password,
 * a broken migration) is thrown at once, since waiting would not fix it.
 */
export async function openWhenReachable(
  opts: StoreOptions,
  logger: Logger,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<Store> {
  for (let wait = 250; ; wait = Math.min(wait * 2, maxStartRetryMs)) {
    try {
      return await openMigratedStore(opts);
    } catch (err) {
      if (!isStoreUnavailable(err) && !isStoreUnavailable(causeOf(err))) throw err;
      logger.warn("database not reachable yet; retrying", {
        error: String(causeOf(err)),
        retryInMs: wait,
      });
      await sleep(wait);
    }
  }
}
