import { openMigratedStore, type StoreOptions } from "../src/server/store/open-store.ts";
import { pullPage } from "../src/server/sync/pull-page.ts";
import { defaultQuota } from "../src/server/sync/quota.ts";
import { pushRecords } from "../src/server/sync/record-store.ts";
import { benchRecord } from "./sync-seed.ts";

/** Operations a second, and the mean time of one, of running `op` back to back for `ms`. */
async function rate(op: (i: number) => Promise<unknown>, ms: number) {
  for (let i = 0; i < 200; i++) await op(i);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) await op(n++);
  const elapsed = performance.now() - start;
  return { perSecond: (n * 1000) / elapsed, meanUs: (elapsed * 1000) / n };
}

/**
 * The database work of one sync request with no HTTP at all: the store's own pull and push
 * functions called back to back on one thread, on the seeded accounts. This is the floor under
 * what the server can answer a second, whatever the web layer does.
 */
export async function storeAlone(opts: StoreOptions, pullSize: number, pushSize: number) {
  const store = await openMigratedStore(opts);
  try {
    const users = (await store.db.selectFrom("users").select("id").orderBy("email").execute()).map(
      (u) => u.id,
    );
    const user = (i: number) => users[i % users.length] as string;
    const pull = await rate((i) => pullPage(store, user(i), 0, pullSize), 2000);
    let clock = 5_000_000;
    const push = await rate((i) => {
      clock += 1;
      const records = Array.from({ length: pushSize }, (_, n) =>
        benchRecord(i % users.length, 9000 + n, clock, "routine"),
      );
      return pushRecords(store, user(i), records, defaultQuota);
    }, 2000);
    return { pull, push };
  } finally {
    await store.close();
  }
}
