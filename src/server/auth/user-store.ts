import { randomBytes } from "node:crypto";
import { uuidv7 } from "../../core/sync/uuid7.ts";
import type { Store } from "../store/store.ts";

/** An account as routes see it (never the password hash). */
export interface Account {
  readonly id: string;
  readonly email: string;
  readonly createdAt: string;
}

/** An account with its password hash, for login and deletion checks. */
export interface AccountWithHash extends Account {
  readonly passwordHash: string;
}

/** The unique key of an email: trimmed and lower-cased, so case never makes two accounts. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The one account whose `column` equals `value`, with its hash. */
async function findAccountBy(
  store: Store,
  column: "email_key" | "id",
  value: string,
): Promise<AccountWithHash | undefined> {
  const row = await store.db
    .selectFrom("users")
    .select(["id", "email", "created_at", "password_hash"])
    .where(column, "=", value)
    .executeTakeFirst();
  return row
    ? { id: row.id, email: row.email, createdAt: row.created_at, passwordHash: row.password_hash }
    : undefined;
}

/** Finds an account by email (any case); undefined when there is none. */
export function findAccountByEmail(
  store: Store,
  email: string,
): Promise<AccountWithHash | undefined> {
  return findAccountBy(store, "email_key", emailKey(email));
}

/** Finds an account by id, with its hash. */
export function findAccountById(store: Store, id: string): Promise<AccountWithHash | undefined> {
  return findAccountBy(store, "id", id);
}

/**
 * Creates an account; undefined when the email is already taken (checked by the unique key, so
 * two simultaneous sign-ups with one email cannot both succeed).
 */
export async function createAccount(
  store: Store,
  email: string,
  passwordHash: string,
  nowMs: number,
): Promise<Account | undefined> {
  const account: Account = {
    id: uuidv7(nowMs, randomBytes(10)),
    email: email.trim(),
    createdAt: new Date(nowMs).toISOString(),
  };
  const inserted = await store.db
    .insertInto("users")
    .values({
      id: account.id,
      email: account.email,
      email_key: emailKey(email),
      password_hash: passwordHash,
      created_at: account.createdAt,
      calendar_token_hash: null,
    })
    .onConflict((oc) => oc.column("email_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted ? account : undefined;
}

/** Deletes an account; its records, sessions and calendar token go with it (cascade). */
export async function deleteAccount(store: Store, id: string): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    // Explicit deletes as well as the cascade: SQLite honours ON DELETE only with foreign_keys on.
    await trx.deleteFrom("records").where("user_id", "=", id).execute();
    await trx.deleteFrom("auth_sessions").where("user_id", "=", id).execute();
    await trx.deleteFrom("password_resets").where("user_id", "=", id).execute();
    await trx.deleteFrom("users").where("id", "=", id).execute();
  });
}

/** Replaces an account's password hash. */
export async function setPasswordHash(
  store: Store,
  id: string,
  passwordHash: string,
): Promise<void> {
  await store.db
    .updateTable("users")
    .set({ password_hash: passwordHash })
    .where("id", "=", id)
    .execute();
}
