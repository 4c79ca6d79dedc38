import { addDays, diffDays, type LocalDate, parseLocalDate } from "../time/local-date.ts";
import { isRecord } from "../validate/read.ts";
import { type ProgrammeDay, programmeDay } from "./programme-days.ts";
import { isProgrammeId, PROGRAMMES, type ProgrammeId } from "./programmes.ts";

/** A pause: from `from` (inclusive) until `to`, the day it resumed (exclusive); open while running. */
export interface ProgrammePause {
  readonly from: LocalDate;
  readonly to?: LocalDate;
}

/** The version of the programme section this code writes. */
export const PROGRAMME_SCHEMA_VERSION = 1;

/** The programme a person follows: the `programme` section of the synced settings. */
export interface ProgrammeState {
  readonly schemaVersion: 1;
  readonly id: ProgrammeId;
  readonly start: LocalDate;
  /** Oldest first; only the last may be open. */
  readonly pauses: readonly ProgrammePause[];
}

/** Where a person is in their programme on a day. */
export type ProgrammeStatus =
  | { readonly status: "not-started"; readonly startsIn: number }
  | { readonly status: "active"; readonly day: ProgrammeDay; readonly total: number }
  | { readonly status: "paused"; readonly nextDay: number; readonly total: number }
  | { readonly status: "finished"; readonly total: number };

/** A new programme state, started on `start`. */
export function startProgramme(id: ProgrammeId, start: LocalDate): ProgrammeState {
  return { schemaVersion: 1, id, start, pauses: [] };
}

const isPaused = (state: ProgrammeState, date: LocalDate): boolean =>
  state.pauses.some((p) => p.from <= date && (p.to === undefined || date < p.to));

/** True while the programme is paused (an open pause). */
export function pausedNow(state: ProgrammeState): boolean {
  return state.pauses.at(-1)?.to === undefined && state.pauses.length > 0;
}

/** Pauses the programme from `today`; a paused programme stays as it is. */
export function pauseProgramme(state: ProgrammeState, today: LocalDate): ProgrammeState {
  return pausedNow(state) ? state : { ...state, pauses: [...state.pauses, { from: today }] };
}

/** Resumes a paused programme on `today`: the days in between do not count. */
export function resumeProgramme(state: ProgrammeState, today: LocalDate): ProgrammeState {
  const open = state.pauses.at(-1);
  if (!pausedNow(state) || open === undefined) return state;
  // Resuming on the day it was paused leaves no pause at all.
  const rest = state.pauses.slice(0, -1);
  return {
    ...state,
    pauses: today <= open.from ? rest : [...rest, { from: open.from, to: today }],
  };
}

/** Days from the start up to (not including) `date` that were not paused. */
function countedDays(state: ProgrammeState, date: LocalDate): number {
  let n = 0;
  for (let d = state.start; d < date; d = addDays(d, 1)) if (!isPaused(state, d)) n += 1;
  return n;
}

/** Where the person is on `date`: before the start, on day N of M, paused, or finished. */
export function programmeStatus(state: ProgrammeState, date: LocalDate): ProgrammeStatus {
  const programme = PROGRAMMES[state.id];
  const total = programme.days;
  if (date < state.start) return { status: "not-started", startsIn: diffDays(date, state.start) };
  const n = countedDays(state, date) + 1;
  if (n > total) return { status: "finished", total };
  if (isPaused(state, date)) return { status: "paused", nextDay: n, total };
  const day = programmeDay(programme, n);
  return day === undefined ? { status: "finished", total } : { status: "active", day, total };
}

/** The calendar date of each programme day that has begun by `date` (paused days skipped). */
export function programmeDates(
  state: ProgrammeState,
  date: LocalDate,
): readonly { readonly day: ProgrammeDay; readonly date: LocalDate }[] {
  const programme = PROGRAMMES[state.id];
  const out: { day: ProgrammeDay; date: LocalDate }[] = [];
  for (let d = state.start, n = 1; d <= date && n <= programme.days; d = addDays(d, 1)) {
    if (isPaused(state, d)) continue;
    const day = programmeDay(programme, n);
    if (day !== undefined) out.push({ day, date: d });
    n += 1;
  }
  return out;
}

/** Practice days so far against the programme's own days: rest days and paused days never count. */
export interface ProgrammeAdherence {
  /** Practice (non-rest) days that have begun, today included. */
  readonly practiceDays: number;
  /** Of those, days with a completed session. */
  readonly done: number;
  /** Practice days before today without a session. */
  readonly missed: number;
}

/**
 * Counts the programme's practice days up to `today` and how many had a completed session on
 * their date (`doneDates`, practice days of the person's sessions). Today counts as done once it
 * is, and never as missed while it is still today.
 */
export function programmeAdherence(
  state: ProgrammeState,
  doneDates: ReadonlySet<LocalDate>,
  today: LocalDate,
): ProgrammeAdherence {
  const practice = programmeDates(state, today).filter((d) => !d.day.rest);
  const done = practice.filter((d) => doneDates.has(d.date)).length;
  const missed = practice.filter((d) => d.date < today && !doneDates.has(d.date)).length;
  return { practiceDays: practice.length, done, missed };
}

/**
 * Reads the stored programme section leniently: absent, unreadable or unknown gives `undefined`
 * (no programme), and unreadable pauses are dropped, so a damaged record never stops the app.
 */
export function readProgrammeState(raw: unknown): ProgrammeState | undefined {
  if (!isRecord(raw) || !isProgrammeId(raw.id)) return undefined;
  const start = parseLocalDate(raw.start);
  if (start === undefined) return undefined;
  const pauses: ProgrammePause[] = [];
  for (const p of Array.isArray(raw.pauses) ? raw.pauses : []) {
    if (!isRecord(p)) continue;
    const from = parseLocalDate(p.from);
    const to = p.to === undefined ? undefined : parseLocalDate(p.to);
    if (from === undefined || (p.to !== undefined && (to === undefined || to < from))) continue;
    pauses.push(to === undefined ? { from } : { from, to });
  }
  pauses.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  // Only the last pause may be open; an earlier open one is damage and is dropped.
  const kept = pauses.filter((p, i) => p.to !== undefined || i === pauses.length - 1);
  return { schemaVersion: 1, id: raw.id, start, pauses: kept };
}
