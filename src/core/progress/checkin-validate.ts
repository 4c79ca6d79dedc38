import { parseInstant } from "../time/session-day.ts";
import { isTimeZone } from "../time/zoned-time.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord, readEnum, readInteger } from "../validate/read.ts";
import {
  type CheckinBody,
  isZoneId,
  type Level,
  MEASURES,
  type Measure,
  NOTE_MAX,
  REACTION_KINDS,
  type Reaction,
} from "./checkin.ts";

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_REACTIONS = 42;

/** True for a lower-case UUID (the ids records use). */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && ID.test(value);
}

function readRatings(raw: unknown, at: string): Checked<Partial<Record<Measure, Level>>> {
  if (!isRecord(raw)) return invalid(at, `${at} must be an object; got ${describe(raw)}`);
  const out: Partial<Record<Measure, Level>> = {};
  for (const key of Object.keys(raw)) {
    if (!(MEASURES as readonly string[]).includes(key))
      return invalid(`${at}.${key}`, `${at} has an unknown measure ${describe(key)}`);
  }
  for (const m of MEASURES) {
    if (raw[m] === undefined) continue;
    const level = readInteger(raw[m], 1, 5, `${at}.${m}`);
    if (!level.ok) return level;
    out[m] = level.value as Level;
  }
  return valid(out);
}

function readReactions(raw: unknown, at: string): Checked<readonly Reaction[]> {
  if (!Array.isArray(raw)) return invalid(at, `${at} must be a list; got ${describe(raw)}`);
  if (raw.length > MAX_REACTIONS)
    return invalid(at, `${at} has ${raw.length} entries; at most ${MAX_REACTIONS}`);
  const out: Reaction[] = [];
  for (const [i, r] of raw.entries()) {
    const field = `${at}[${i}]`;
    if (!isRecord(r)) return invalid(field, `${field} must be an object; got ${describe(r)}`);
    const kind = readEnum(r.kind, REACTION_KINDS, `${field}.kind`);
    if (!kind.ok) return kind;
    if (!isZoneId(r.zone))
      return invalid(`${field}.zone`, `${field}.zone must be a zone id; got ${describe(r.zone)}`);
    out.push({ kind: kind.value, zone: r.zone });
  }
  return valid(out);
}

/**
 * Checks a check-in body from any source (the form, an import, a sync pull) and returns a clean
 * copy holding only the known fields. `field` prefixes the names in error messages.
 */
export function validateCheckin(raw: unknown, field = "checkin"): Checked<CheckinBody> {
  if (!isRecord(raw)) return invalid(field, `${field} must be an object; got ${describe(raw)}`);
  if (parseInstant(raw.at) === undefined)
    return invalid(`${field}.at`, `${field}.at must be an ISO instant; got ${describe(raw.at)}`);
  if (!isTimeZone(raw.timeZone))
    return invalid(
      `${field}.timeZone`,
      `${field}.timeZone must be an IANA time zone; got ${describe(raw.timeZone)}`,
    );
  if (raw.sessionId !== undefined && !isRecordId(raw.sessionId))
    return invalid(
      `${field}.sessionId`,
      `${field}.sessionId must be a record id; got ${describe(raw.sessionId)}`,
    );
  const ratings = readRatings(raw.ratings, `${field}.ratings`);
  if (!ratings.ok) return ratings;
  const reactions = readReactions(raw.reactions, `${field}.reactions`);
  if (!reactions.ok) return reactions;
  if (typeof raw.note !== "string")
    return invalid(`${field}.note`, `${field}.note must be text; got ${describe(raw.note)}`);
  if (raw.note.length > NOTE_MAX)
    return invalid(`${field}.note`, `${field}.note is longer than ${NOTE_MAX} characters`);
  return valid({
    at: raw.at as string,
    timeZone: raw.timeZone,
    ...(raw.sessionId !== undefined ? { sessionId: raw.sessionId as string } : {}),
    ratings: ratings.value,
    reactions: reactions.value,
    note: raw.note,
  });
}
