import type { Goal } from "../model/goals.ts";
import type { Pressure } from "../model/pressure.ts";

/** The programmes Nura offers; ids are part of the public contract (`nura programme show ID`). */
export const PROGRAMME_IDS = ["start", "habit", "deep"] as const;

/** One of {@link PROGRAMME_IDS}. */
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

/** The stages of the beginner progression (domain notes, section 8). */
export type StageId = "learn" | "build" | "extend";

/** A focus day's zone group, and the goal that gives those zones the most time. */
export type FocusId = "eyes" | "jaw" | "cheeks" | "drainage";

/**
 * One stage: its weeks and its daily pattern, a practice default anchored on the study doses.
 * Its name and what it adds, in the person's words, are `programme.stage.<id>.name|adds`.
 */
export interface Stage {
  readonly id: StageId;
  /** First and last programme day of the stage, 1-based and inclusive. */
  readonly days: readonly [number, number];
  /** Minutes of the day's main session. */
  readonly minutes: number;
  /** Days of each programme week (1–7) without a session. */
  readonly restWeekdays: readonly number[];
  /** Days of each programme week with an extra evening drainage session, and its minutes. */
  readonly evening?: { readonly weekdays: readonly number[]; readonly minutes: number };
  /** Where the person's own roller or gua sha may be used: nowhere, the evenings, or every session. */
  readonly tools: "none" | "evening" | "all";
  /** A lower pressure ceiling while technique is learnt. */
  readonly maxPressure?: Pressure;
}

/**
 * A programme: stages in order and check-in days. Its name, summary and basis (the study dose it
 * follows and what that study could and could not show) are `programme.<id>.name|summary|basis`.
 */
export interface Programme {
  readonly id: ProgrammeId;
  readonly days: number;
  readonly stages: readonly Stage[];
  /** Days with a check-in and a photo: day 1 to compare against, then each study's end point. */
  readonly checkInDays: readonly number[];
}

/** The goal each focus maps to when the session is planned; its name is `programme.focus.<id>.name`. */
export const FOCUS: Readonly<Record<FocusId, { readonly goals: readonly Goal[] }>> = {
  eyes: { goals: ["puffiness"] },
  jaw: { goals: ["tension"] },
  cheeks: { goals: ["glow"] },
  drainage: { goals: ["puffiness"] },
};

/** Focus days rotate through these groups, one a day, so each technique gets attention. */
export const FOCUS_ROTATION: readonly FocusId[] = ["eyes", "jaw", "cheeks"];

const LEARN: Stage = {
  id: "learn",
  days: [1, 14],
  minutes: 3,
  restWeekdays: [],
  tools: "none",
  maxPressure: 2,
};

const BUILD: Stage = {
  id: "build",
  days: [15, 35],
  minutes: 5,
  restWeekdays: [4],
  evening: { weekdays: [2, 5, 7], minutes: 7 },
  tools: "evening",
};

const EXTEND: Stage = {
  id: "extend",
  days: [36, 56],
  minutes: 10,
  restWeekdays: [3, 6],
  tools: "all",
};

/** The three programmes (domain notes, section 8); stages are app defaults, doses are the studies'. */
export const PROGRAMMES: Readonly<Record<ProgrammeId, Programme>> = {
  start: {
    id: "start",
    days: 14,
    stages: [LEARN],
    checkInDays: [1, 14],
  },
  habit: {
    id: "habit",
    days: 35,
    stages: [LEARN, BUILD],
    checkInDays: [1, 14, 35],
  },
  deep: {
    id: "deep",
    days: 56,
    stages: [LEARN, BUILD, EXTEND],
    checkInDays: [1, 14, 35, 56],
  },
};

/** True for a known programme id. */
export function isProgrammeId(id: unknown): id is ProgrammeId {
  return typeof id === "string" && (PROGRAMME_IDS as readonly string[]).includes(id);
}
