import { type LocalDate, parseLocalDate } from "./local-date.ts";
import { wallClock } from "./zoned-time.ts";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Minutes the zone is ahead of UTC at `epochMs` (e.g. 60 for Berlin in winter, -240 for New York in summer). */
export function utcOffsetMinutes(epochMs: number, timeZone: string): number {
  const floored = Math.floor(epochMs / MS_PER_MINUTE) * MS_PER_MINUTE;
  const wall = wallClock(floored, timeZone);
  const asUtc = Date.UTC(
    Number(wall.date.slice(0, 4)),
    Number(wall.date.slice(5, 7)) - 1,
    Number(wall.date.slice(8, 10)),
    wall.hour,
    wall.minute,
  );
  return Math.round((asUtc - floored) / MS_PER_MINUTE);
}

/**
 * The instant a wall-clock time happens on a local date in a zone. Daylight-saving changes make
 * some times happen twice (autumn) and some never (spring). Like Temporal's "compatible" rule, a
 * repeated time gives its earlier instant, and a skipped time moves forward by the gap (02:30 on
 * the spring day in Berlin rings at 03:30), so a reminder is never silently lost.
 */
export function zonedEpoch(
  date: LocalDate,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const parsed = parseLocalDate(date);
  if (parsed === undefined) throw new RangeError(`not a date: ${date}`);
  const asUtc = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    hour,
    minute,
  );
  const before = utcOffsetMinutes(asUtc - MS_PER_DAY, timeZone);
  const after = utcOffsetMinutes(asUtc + MS_PER_DAY, timeZone);
  const matches = [before, after]
    .map((offset) => asUtc - offset * MS_PER_MINUTE)
    .filter((epoch) => {
      const wall = wallClock(epoch, timeZone);
      return wall.date === date && wall.hour === hour && wall.minute === minute;
    });
  if (matches.length > 0) return Math.min(...matches);
  return asUtc - before * MS_PER_MINUTE;
}
