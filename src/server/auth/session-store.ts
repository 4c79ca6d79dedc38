import { shapedQuery } from "../store/query-shapes.ts";
import type { Store } from "../store/store.ts";
import { hashToken, newToken } from "./tokens.ts";

/** A session lives 30 days from its last use. */
export const sessionTtlMs = 30 * 24 * 60 * 60 * 1000;
/**
 * The expiry is pushed forward at most once a day, so an active person stays signed in without
 * every request writing to the database.
 */
export const refreshEveryMs = 24 * 60 * 60 * 1000;

/** The signed-in account behind a cookie. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly createdAt: string;
  /** Set when this lookup extended the session: the cookie must be sent again. */
  readonly renewedUntil?: number;
}

/** Starts a session for an account; returns the token for the cookie (stored only hashed). */
export async function createSession(store: Store, userId: string, nowMs: number): Promise<string> {
  const token = newToken();
  await store.db
    .insertInto("auth_sessions")
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: new Date(nowMs).toISOString(),
      expires_at: new Date(nowMs + sessionTtlMs).toISOString(),
    })
    .execute();
  return token;
}

/** The account behind a token, extending the session when due; undefined when unknown or expired. */
export async function findSession(
  store: Store,
  token: string,
  nowMs: number,
): Promise<SessionUser | undefined> {
  const tokenHash = hashToken(token);
  // Every signed-in request runs this lookup, so its SQL is compiled once.
  const lookup = shapedQuery(store.dialect, "session:find", [tokenHash], () =>
    store.db
      .selectFrom("auth_sessions")
      .innerJoin("users", "users.id", "auth_sessions.user_id")
      .select(["users.id", "users.email", "users.created_at", "auth_sessions.expires_at"])
      .where("auth_sessions.token_hash", "=", tokenHash),
  );
  const row = (await store.db.executeQuery(lookup)).rows[0];
  if (!row) return undefined;
  const expires = Date.parse(row.expires_at);
  if (expires <= nowMs) {
    await store.db.deleteFrom("auth_sessions").where("token_hash", "=", tokenHash).execute();
    return undefined;
  }
  const user = { id: row.id, email: row.email, createdAt: row.created_at };
  if (nowMs + sessionTtlMs - expires < refreshEveryMs) return user;
  const renewedUntil = nowMs + sessionTtlMs;
  await store.db
    .updateTable("auth_sessions")
    .set({ expires_at: new Date(renewedUntil).toISOString() })
    .where("token_hash", "=", tokenHash)
    .execute();
  return { ...user, renewedUntil };
}

/** Ends one session (sign out). Unknown tokens are ignored. */
export async function deleteSession(store: Store, token: string): Promise<void> {
  await store.db.deleteFrom("auth_sessions").where("token_hash", "=", hashToken(token)).execute();
}

/** Drops an account's expired sessions (done at each sign-in, so the table does not grow). */
export async function pruneSessions(store: Store, userId: string, nowMs: number): Promise<void> {
  await store.db
    .deleteFrom("auth_sessions")
    .where("user_id", "=", userId)
    .where("expires_at", "<=", new Date(nowMs).toISOString())
    .execute();
}
