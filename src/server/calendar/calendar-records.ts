import { PROFILE_ID, ROUTINE_IDS, SETTINGS_ID } from "../../core/setup/record-ids.ts";
import type { Store } from "../store/store.ts";

/** The stored bodies a calendar is made from; `undefined` where the account has none. */
export interface CalendarSource {
  readonly settings: unknown;
  readonly profile: unknown;
  readonly weeklyRoutine: unknown;
}

const calendarIds = [SETTINGS_ID, PROFILE_ID, ROUTINE_IDS.weekly];

/** The query behind `calendarSource`: three records of an account, by primary key. */
export function calendarSourceQuery(store: Store, userId: string) {
  return store.db
    .selectFrom("records")
    .select(["id", "doc"])
    .where("user_id", "=", userId)
    .where("id", "in", calendarIds)
    .where("deleted", "=", 0);
}

/**
 * An account's live settings, profile and weekly routine. The app keeps each of them under a
 * fixed id (`core/setup/record-ids.ts`), so they are read by key: at most three rows, however
 * many records the account holds, and a calendar poll costs a full account no more than a new
 * one.
 */
export async function calendarSource(store: Store, userId: string): Promise<CalendarSource> {
  const rows = await calendarSourceQuery(store, userId).execute();
  const body = (id: string): unknown => {
    const row = rows.find((r) => r.id === id);
    return row ? (JSON.parse(row.doc) as { body: unknown }).body : undefined;
  };
  return {
    settings: body(SETTINGS_ID),
    profile: body(PROFILE_ID),
    weeklyRoutine: body(ROUTINE_IDS.weekly),
  };
}
