import { createHash } from "node:crypto";
import type { Store } from "../store/store.ts";
import { hashToken, newToken } from "./tokens.ts";

const day = 24 * 60 * 60 * 1000;

/** A session lives 30 days from its last use. */
export const sessionTtlMs = 30 * day;
/** ...and never longer than this after sign-in, however active (config NURA_SESSION_MAX_DAYS). */
export const defaultSessionMaxAgeMs = 90 * day;
/**
 * The expiry is pushed forward at most once a day, so an active person stays signed in without
 * every request writing to the database.
 */
export const refreshEveryMs = day;
/** How stale "last seen" may get before a request writes it again. */
export const lastSeenEveryMs = 60 * 60 * 1000;
/** The most of a User-Agent kept for the list of signed-in devices. */
export const maxUserAgentLength = 200;

/** The signed-in account behind a cookie. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly createdAt: string;
  /** Set when this lookup extended the session: the cookie must be sent again until then. */
  readonly renewedUntil?: number;
}

/** One signed-in browser as its owner sees it in the list. */
export interface SessionInfo {
  /** A stable handle for the session that reveals nothing of its token. */
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly userAgent: string | null;
  readonly current: boolean;
}

/** A User-Agent as stored: printable, trimmed, shortened; null when absent. */
function cleanUserAgent(userAgent: string | undefined): string | null {
  const text = (userAgent ?? "").replace(/[^\x20-\x7e]/g, "").trim();
  return text === "" ? null : text.slice(0, maxUserAgentLength);
}

/** The handle the list shows: a hash of the stored hash, so it cannot be turned into a cookie. */
function sessionHandle(tokenHash: string): string {
  return createHash("sha256").update(`session:${tokenHash}`).digest("hex").slice(0, 16);
}

/** Starts a session for an account; returns the token for the cookie (stored only hashed). */
export async function createSession(
  store: Store,
  userId: string,
  nowMs: number,
  userAgent?: string,
): Promise<string> {
  const token = newToken();
  const now = new Date(nowMs).toISOString();
  await store.db
    .insertInto("auth_sessions")
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now,
      expires_at: new Date(nowMs + sessionTtlMs).toISOString(),
      last_seen_at: now,
      user_agent: cleanUserAgent(userAgent),
    })
    .execute();
  return token;
}

/**
 * The account behind a token, extending the session when due; undefined when unknown, idle for
 * 30 days, or older than `maxAgeMs` since sign-in.
 */
export async function findSession(
  store: Store,
  token: string,
  nowMs: number,
  maxAgeMs = defaultSessionMaxAgeMs,
): Promise<SessionUser | undefined> {
  const tokenHash = hashToken(token);
  // Every signed-in request runs this lookup, so its SQL is compiled once.
  const lookup = store.shapes.query("session:find", [tokenHash], () =>
    store.db
      .selectFrom("auth_sessions")
      .innerJoin("users", "users.id", "auth_sessions.user_id")
      .select([
        "users.id",
        "users.email",
        "users.created_at",
        "auth_sessions.expires_at",
        "auth_sessions.created_at as signed_in_at",
        "auth_sessions.last_seen_at",
      ])
      .where("auth_sessions.token_hash", "=", tokenHash),
  );
  const row = (await store.db.executeQuery(lookup)).rows[0];
  if (!row) return undefined;
  const expires = Date.parse(row.expires_at);
  const ends = Date.parse(row.signed_in_at) + maxAgeMs;
  if (expires <= nowMs || ends <= nowMs) {
    await store.db.deleteFrom("auth_sessions").where("token_hash", "=", tokenHash).execute();
    return undefined;
  }
  const user = { id: row.id, email: row.email, createdAt: row.created_at };
  const renew = nowMs + sessionTtlMs - expires >= refreshEveryMs;
  const seen = nowMs - Date.parse(row.last_seen_at) >= lastSeenEveryMs;
  if (!renew && !seen) return user;
  const renewedUntil = Math.min(nowMs + sessionTtlMs, ends);
  await store.db
    .updateTable("auth_sessions")
    .set({
      last_seen_at: new Date(nowMs).toISOString(),
      ...(renew ? { expires_at: new Date(renewedUntil).toISOString() } : {}),
    })
    .where("token_hash", "=", tokenHash)
    .execute();
  return renew ? { ...user, renewedUntil } : user;
}

/** Ends one session (sign out). Unknown tokens are ignored. */
export async function deleteSession(store: Store, token: string): Promise<void> {
  await store.db.deleteFrom("auth_sessions").where("token_hash", "=", hashToken(token)).execute();
}

/** Ends every session of an account but the one holding `keepToken` (all when omitted). */
export async function deleteOtherSessions(
  store: Store,
  userId: string,
  keepToken?: string,
): Promise<number> {
  let query = store.db.deleteFrom("auth_sessions").where("user_id", "=", userId);
  if (keepToken !== undefined) query = query.where("token_hash", "!=", hashToken(keepToken));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The account's live sessions, newest use first, marking the one holding `currentToken`. */
export async function listSessions(
  store: Store,
  userId: string,
  currentToken: string,
  nowMs: number,
  maxAgeMs: number,
): Promise<SessionInfo[]> {
  const current = hashToken(currentToken);
  const rows = await store.db
    .selectFrom("auth_sessions")
    .select(["token_hash", "created_at", "last_seen_at", "user_agent"])
    .where("user_id", "=", userId)
    .where("expires_at", ">", new Date(nowMs).toISOString())
    .where("created_at", ">", new Date(nowMs - maxAgeMs).toISOString())
    .orderBy("last_seen_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: sessionHandle(r.token_hash),
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    userAgent: r.user_agent,
    current: r.token_hash === current,
  }));
}

/** Drops an account's expired sessions (done at each sign-in, so the table does not grow). */
export async function pruneSessions(store: Store, userId: string, nowMs: number): Promise<void> {
  await store.db
    .deleteFrom("auth_sessions")
    .where("user_id", "=", userId)
    .where("expires_at", "<=", new Date(nowMs).toISOString())
    .execute();
}
