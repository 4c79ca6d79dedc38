import type { Store } from "../store/store.ts";
import { hashToken, looksLikeToken, newToken } from "./tokens.ts";

/**
 * Makes a new calendar subscription token for an account, replacing (and so revoking) any older
 * one. Only its hash is stored; the token is shown once, inside the subscription address.
 */
export async function rotateCalendarToken(store: Store, userId: string): Promise<string> {
  const token = newToken();
  await store.db
    .updateTable("users")
    .set({ calendar_token_hash: hashToken(token) })
    .where("id", "=", userId)
    .execute();
  return token;
}

/** Turns off the calendar subscription of an account. */
export async function revokeCalendarToken(store: Store, userId: string): Promise<void> {
  await store.db
    .updateTable("users")
    .set({ calendar_token_hash: null })
    .where("id", "=", userId)
    .execute();
}

/** The account a calendar token belongs to; undefined for an unknown or malformed token. */
export async function findUserByCalendarToken(
  store: Store,
  token: string,
): Promise<{ readonly id: string } | undefined> {
  if (!looksLikeToken(token)) return undefined;
  return store.db
    .selectFrom("users")
    .select("id")
    .where("calendar_token_hash", "=", hashToken(token))
    .executeTakeFirst();
}
