import type { Store } from "../store/store.ts";
import { hashToken, newToken } from "./tokens.ts";

/** How long a reset link works. */
export const resetTtlMs = 30 * 60_000;

/** Makes a single-use reset token for an account; only its hash is stored. */
export async function createResetToken(
  store: Store,
  userId: string,
  nowMs: number,
): Promise<string> {
  const token = newToken();
  await store.db
    .insertInto("password_resets")
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: new Date(nowMs).toISOString(),
      expires_at: new Date(nowMs + resetTtlMs).toISOString(),
    })
    .execute();
  return token;
}

/**
 * Uses a reset token: when it is known and not expired, sets the account's new password hash,
 * ends every session and forgets every reset token of the account, in one transaction, and
 * returns the account id. A used, expired or unknown token gives undefined and changes nothing
 * (an expired one is deleted).
 */
export async function useResetToken(
  store: Store,
  token: string,
  passwordHash: string,
  nowMs: number,
): Promise<string | undefined> {
  const tokenHash = hashToken(token);
  return store.db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom("password_resets")
      .where("token_hash", "=", tokenHash)
      .returning(["user_id", "expires_at"])
      .executeTakeFirst();
    if (!row || Date.parse(row.expires_at) <= nowMs) return undefined;
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash })
      .where("id", "=", row.user_id)
      .execute();
    await trx.deleteFrom("auth_sessions").where("user_id", "=", row.user_id).execute();
    await trx.deleteFrom("password_resets").where("user_id", "=", row.user_id).execute();
    return row.user_id;
  });
}

/** Checks a token without using it: the account it resets, or undefined. */
export async function peekResetToken(
  store: Store,
  token: string,
  nowMs: number,
): Promise<string | undefined> {
  const row = await store.db
    .selectFrom("password_resets")
    .select(["user_id", "expires_at"])
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  return row && Date.parse(row.expires_at) > nowMs ? row.user_id : undefined;
}

/** The link a reset mail carries: the token rides in the fragment, which no server or log sees. */
export function resetLink(origin: string, token: string): string {
  return `${origin}/account/reset#token=${token}`;
}
