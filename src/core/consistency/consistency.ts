import { SLOTS, type Slot } from "../model/slots.ts";
import { type LocalDate, parseLocalDate } from "../time/local-date.ts";
import { parseInstant, practiceDay } from "../time/session-day.ts";
import { isTimeZone } from "../time/zoned-time.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord, readEnum } from "../validate/read.ts";
import { habitScore } from "./habit-score.ts";
import { computeStreak, type Streak } from "./streak.ts";
import { type WeeklyMinutes, weeklyMinutes } from "./weekly-minutes.ts";

/** A finished or abandoned session, as the player records it. */
export interface SessionRecord {
  /** ISO 8601 instant with an offset, e.g. `2026-03-29T06:10:00Z`. */
  readonly startedAt: string;
  readonly secondsDone: number;
  readonly slot: Slot;
  readonly completed: boolean;
  /** The IANA zone where it was done; defaults to the person's current zone. */
  readonly timeZone?: string;
}

/** What happened on one practice day. */
export interface DayRecord {
  readonly date: LocalDate;
  readonly seconds: number;
  /** A completed session in each slot. */
  readonly am: boolean;
  readonly pm: boolean;
  readonly weekly: boolean;
  /** At least one completed session. */
  readonly done: boolean;
}

/** Consistency figures for the progress screen. */
export interface Consistency {
  readonly days: readonly DayRecord[];
  readonly streak: Streak;
  readonly weekly: WeeklyMinutes;
  readonly habitScore: number;
}

/** Input for {@link computeConsistency}. */
export interface ConsistencyInput {
  readonly sessions: readonly SessionRecord[];
  /** The person's current IANA time zone. */
  readonly timeZone: string;
  /** Today's local date in that zone, `yyyy-MM-dd`. */
  readonly today: string;
}

interface Dated {
  readonly date: LocalDate;
  readonly session: SessionRecord;
}

function readSessions(raw: unknown, timeZone: string): Checked<readonly Dated[]> {
  if (!Array.isArray(raw))
    return invalid("sessions", `sessions must be a list; got ${describe(raw)}`);
  const dated: Dated[] = [];
  for (const [i, s] of raw.entries()) {
    const at = `sessions[${i}]`;
    if (!isRecord(s)) return invalid(at, `${at} must be an object; got ${describe(s)}`);
    const ms = parseInstant(s.startedAt);
    if (ms === undefined)
      return invalid(
        `${at}.startedAt`,
        `${at}.startedAt must be an ISO instant with an offset; got ${describe(s.startedAt)}`,
      );
    if (typeof s.secondsDone !== "number" || !Number.isFinite(s.secondsDone) || s.secondsDone < 0) {
      return invalid(
        `${at}.secondsDone`,
        `${at}.secondsDone must be a number of seconds, 0 or more; got ${describe(s.secondsDone)}`,
      );
    }
    const slot = readEnum(s.slot, SLOTS, `${at}.slot`);
    if (!slot.ok) return slot;
    if (typeof s.completed !== "boolean")
      return invalid(`${at}.completed`, `${at}.completed must be true or false`);
    if (s.timeZone !== undefined && !isTimeZone(s.timeZone)) {
      return invalid(
        `${at}.timeZone`,
        `${at}.timeZone must be an IANA time zone; got ${describe(s.timeZone)}`,
      );
    }
    const zone = typeof s.timeZone === "string" ? s.timeZone : timeZone;
    dated.push({ date: practiceDay(ms, zone), session: s as unknown as SessionRecord });
  }
  return valid(dated);
}

function dayRecords(dated: readonly Dated[]): readonly DayRecord[] {
  const byDate = new Map<LocalDate, readonly SessionRecord[]>();
  for (const { date, session } of dated) byDate.set(date, [...(byDate.get(date) ?? []), session]);
  return [...byDate.keys()].sort().map((date) => {
    const sessions = byDate.get(date) ?? [];
    const completedIn = (slot: Slot): boolean =>
      sessions.some((s) => s.completed && s.slot === slot);
    return {
      date,
      seconds: sessions.reduce((sum, s) => sum + s.secondsDone, 0),
      am: completedIn("am"),
      pm: completedIn("pm"),
      weekly: completedIn("weekly"),
      done: sessions.some((s) => s.completed),
    };
  });
}

/**
 * Days, forgiving streak, weekly minutes and habit score from a person's sessions. Each session
 * is dated in the zone it was done in (or `timeZone`), with the 4 a.m. day start, so travelling
 * and daylight-saving changes move no session to another day. Bad input is an error value.
 */
export function computeConsistency(input: ConsistencyInput): Checked<Consistency> {
  if (!isRecord(input))
    return invalid("input", `the input must be an object; got ${describe(input)}`);
  if (!isTimeZone(input.timeZone))
    return invalid(
      "timeZone",
      `timeZone must be an IANA time zone; got ${describe(input.timeZone)}`,
    );
  const today = parseLocalDate(input.today);
  if (today === undefined)
    return invalid(
      "today",
      `today must be a real date written yyyy-MM-dd; got ${describe(input.today)}`,
    );
  const dated = readSessions(input.sessions, input.timeZone);
  if (!dated.ok) return dated;
  const days = dayRecords(dated.value);
  const seconds = new Map(days.map((d) => [d.date, d.seconds]));
  return valid({
    days,
    streak: computeStreak(
      days.filter((d) => d.done).map((d) => d.date),
      today,
    ),
    weekly: weeklyMinutes(seconds, today),
    habitScore: habitScore(seconds, today),
  });
}
