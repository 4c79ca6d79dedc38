import { hashPassword } from "../src/server/auth/password.ts";
import { createSession } from "../src/server/auth/session-store.ts";
import { createAccount } from "../src/server/auth/user-store.ts";
import { openMigratedStore, type StoreOptions } from "../src/server/store/open-store.ts";
import { defaultQuota } from "../src/server/sync/quota.ts";
import { pushRecords } from "../src/server/sync/record-store.ts";

/** The password every bench account has. */
export const benchPassword = "bench password 1";

/** A bench record: a check-in (or a routine, for the push load) with a realistic small body. */
export function benchRecord(user: number, n: number, ms: number, kind = "checkin") {
  return {
    id: `0192f000-${user.toString(16).padStart(4, "0")}-7000-8000-${n.toString(16).padStart(12, "0")}`,
    kind: kind as "checkin",
    version: `${String(ms).padStart(16, "0")}-0000-bench`,
    deleted: false,
    body: { localDate: "2026-11-25", feel: { puffiness: 2, tension: 3 }, note: "slept well", n },
  };
}

/** Accounts with their session cookies, seeded straight into the store (no argon2 per account). */
export interface Seeded {
  readonly cookies: readonly string[];
  readonly emails: readonly string[];
}

/**
 * Creates `users` accounts, each with a session and `records` check-ins, in the database the
 * server will use. The password hash is computed once and shared, so seeding takes seconds.
 */
export async function seed(opts: StoreOptions, users: number, records: number): Promise<Seeded> {
  const store = await openMigratedStore(opts);
  try {
    const hash = await hashPassword(benchPassword);
    const now = Date.now();
    const cookies: string[] = [];
    const emails: string[] = [];
    for (let u = 0; u < users; u++) {
      const email = `bench${u}@example.org`;
      const account = await createAccount(store, email, hash, now);
      if (!account) throw new Error(`seed: ${email} exists`);
      cookies.push(`nura_session=${await createSession(store, account.id, now)}`);
      emails.push(email);
      const recs = Array.from({ length: records }, (_, n) => benchRecord(u, n, 1000 + n));
      await pushRecords(store, account.id, recs, defaultQuota);
    }
    return { cookies, emails };
  } finally {
    await store.close();
  }
}
