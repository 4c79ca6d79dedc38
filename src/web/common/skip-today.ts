import type { ZoneId } from "../../core/model/zones.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import type { Records } from "../local/records.ts";

/** Why zones are skipped today; `breakout` and `sunburn` also tell the safety screen. */
export type SkipReason = "breakout" | "sunburn" | "other";

/** Zones a person skips for one day, kept on the device only. */
export interface SkipToday {
  readonly day: LocalDate;
  readonly zones: readonly ZoneId[];
  readonly reason: SkipReason;
}

const SKIP_KEY = "today:skip";

/** Today's skipped zones; an entry from another day no longer applies. */
export async function readSkipToday(records: Records, day: LocalDate): Promise<SkipToday> {
  const stored = await records.getMeta<SkipToday>(SKIP_KEY);
  return stored && stored.day === day && Array.isArray(stored.zones)
    ? stored
    : { day, zones: [], reason: "breakout" };
}

/** Saves today's skipped zones. */
export async function writeSkipToday(records: Records, skip: SkipToday): Promise<void> {
  await records.setMeta(SKIP_KEY, skip);
}

/** True when two entries skip the same zones for the same reason on the same day. */
export function sameSkip(a: SkipToday, b: SkipToday): boolean {
  return (
    a.day === b.day &&
    a.reason === b.reason &&
    a.zones.length === b.zones.length &&
    a.zones.every((zone, i) => b.zones[i] === zone)
  );
}
