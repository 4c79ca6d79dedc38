import type { Store } from "../store/store.ts";

/** The stored bodies a calendar is made from; `undefined` where the account has none. */
export interface CalendarSource {
  readonly settings: unknown;
  readonly profile: unknown;
  readonly weeklyRoutine: unknown;
}

const isWeekly = (body: unknown): boolean =>
  typeof body === "object" && body !== null && (body as { slot?: unknown }).slot === "weekly";

/** The query behind `calendarSource`: an account's live documents of the calendar's kinds. */
export function calendarSourceQuery(store: Store, userId: string) {
  return store.db
    .selectFrom("records")
    .select(["kind", "doc"])
    .where("user_id", "=", userId)
    .where("kind", "in", ["settings", "profile", "routine"])
    .where("deleted", "=", 0)
    .orderBy("version", "desc");
}

/**
 * An account's live settings, profile and weekly routine. Only those kinds are read, through
 * the (user_id, kind) index, so an account with years of sessions costs a calendar poll no more
 * than a new one. Documents resolve by last writer, so where a kind has several live records
 * (two devices that set up apart) the newest stamp wins.
 */
export async function calendarSource(store: Store, userId: string): Promise<CalendarSource> {
  const rows = await calendarSourceQuery(store, userId).execute();
  const parsed = rows.map((r) => ({
    kind: r.kind,
    body: (JSON.parse(r.doc) as { body: unknown }).body,
  }));
  return {
    settings: parsed.find((r) => r.kind === "settings")?.body,
    profile: parsed.find((r) => r.kind === "profile")?.body,
    weeklyRoutine: parsed.find((r) => r.kind === "routine" && isWeekly(r.body))?.body,
  };
}
