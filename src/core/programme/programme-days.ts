import type { Goal } from "../model/goals.ts";
import type { Pressure } from "../model/pressure.ts";
import { addDays, type LocalDate } from "../time/local-date.ts";
import { FOCUS, FOCUS_ROTATION, type FocusId, type Programme, type StageId } from "./programmes.ts";

/** A session a programme day asks for. */
export interface ProgrammeSession {
  readonly minutes: number;
  readonly focus: FocusId;
  readonly goals: readonly Goal[];
  /** True when the person's own roller or gua sha may be used. */
  readonly tools: boolean;
  readonly maxPressure?: Pressure;
}

/** One day of a programme. */
export interface ProgrammeDay {
  /** 1-based. */
  readonly day: number;
  readonly stage: StageId;
  /** A rest day has no sessions. */
  readonly rest: boolean;
  /** The day's session, absent on a rest day. */
  readonly main?: ProgrammeSession;
  /** An extra, slower evening drainage session on some days. */
  readonly evening?: ProgrammeSession;
  /** A check-in and a photo in the same light (day 1 and each study's end point). */
  readonly checkIn: boolean;
}

/** A programme day with its calendar date. */
export interface DatedProgrammeDay extends ProgrammeDay {
  readonly date: LocalDate;
}

/**
 * Day `n` (1-based) of a programme, or `undefined` outside it. Each programme week starts on the
 * programme's own day 1, so a rest day falls on the same weekday of every week; the focus rotates
 * one zone group a day.
 */
export function programmeDay(programme: Programme, n: number): ProgrammeDay | undefined {
  if (!Number.isInteger(n) || n < 1 || n > programme.days) return undefined;
  const stage = programme.stages.find((s) => n >= s.days[0] && n <= s.days[1]);
  if (stage === undefined) return undefined;
  const weekday = ((n - 1) % 7) + 1;
  const checkIn = programme.checkInDays.includes(n);
  if (stage.restWeekdays.includes(weekday)) return { day: n, stage: stage.id, rest: true, checkIn };
  const focus = FOCUS_ROTATION[(n - 1) % FOCUS_ROTATION.length] ?? "eyes";
  const cap = stage.maxPressure === undefined ? {} : { maxPressure: stage.maxPressure };
  const main: ProgrammeSession = {
    minutes: stage.minutes,
    focus,
    goals: FOCUS[focus].goals,
    tools: stage.tools === "all",
    ...cap,
  };
  const evening =
    stage.evening?.weekdays.includes(weekday) === true
      ? {
          minutes: stage.evening.minutes,
          focus: "drainage" as const,
          goals: FOCUS.drainage.goals,
          tools: stage.tools !== "none",
          ...cap,
        }
      : undefined;
  return {
    day: n,
    stage: stage.id,
    rest: false,
    main,
    ...(evening === undefined ? {} : { evening }),
    checkIn,
  };
}

/** Every day of a programme started on `start` and never paused, with its date. */
export function programmeDays(
  programme: Programme,
  start: LocalDate,
): readonly DatedProgrammeDay[] {
  const days: DatedProgrammeDay[] = [];
  for (let n = 1; n <= programme.days; n++) {
    const day = programmeDay(programme, n);
    if (day !== undefined) days.push({ ...day, date: addDays(start, n - 1) });
  }
  return days;
}
