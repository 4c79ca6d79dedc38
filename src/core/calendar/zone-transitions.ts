import { utcOffsetMinutes } from "../time/zoned-epoch.ts";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** One change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The first instant at the new offset. */
  readonly at: number;
  readonly offsetFrom: number;
  readonly offsetTo: number;
}

/**
 * The offset changes of `timeZone` during one UTC calendar year, found from the runtime's zone
 * rules (`Intl`): a day-by-day scan, then a binary search to the minute. Offsets change at most
 * a few times a year and never twice within a day, so the daily scan sees every change.
 */
export function zoneTransitions(timeZone: string, year: number): readonly ZoneTransition[] {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const found: ZoneTransition[] = [];
  let previous = utcOffsetMinutes(start, timeZone);
  for (let day = start + MS_PER_DAY; day <= end; day += MS_PER_DAY) {
    const offset = utcOffsetMinutes(day, timeZone);
    if (offset === previous) continue;
    let low = day - MS_PER_DAY;
    let high = day;
    while (high - low > MS_PER_MINUTE) {
      const mid = low + Math.floor((high - low) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
      if (utcOffsetMinutes(mid, timeZone) === previous) low = mid;
      else high = mid;
    }
    if (high < end) found.push({ at: high, offsetFrom: previous, offsetTo: offset });
    previous = offset;
  }
  return found;
}
