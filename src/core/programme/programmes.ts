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

/** One stage: its weeks and its daily pattern, a practice default anchored on the study doses. */
export interface Stage {
  readonly id: StageId;
  readonly name: string;
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
  /** What the stage adds, in the person's words. */
  readonly adds: string;
}

/** A programme: stages in order, check-in days, and the study whose dose it follows. */
export interface Programme {
  readonly id: ProgrammeId;
  readonly name: string;
  readonly summary: string;
  readonly days: number;
  readonly stages: readonly Stage[];
  /** Days with a check-in and a photo: day 1 to compare against, then each study's end point. */
  readonly checkInDays: readonly number[];
  /** The study dose it follows and what that study could and could not show. */
  readonly basis: string;
}

/** Focus names and the goal each maps to when the session is planned. */
export const FOCUS: Readonly<
  Record<FocusId, { readonly name: string; readonly goals: readonly Goal[] }>
> = {
  eyes: { name: "Eyes and drainage", goals: ["puffiness"] },
  jaw: { name: "Jaw and temples", goals: ["tension"] },
  cheeks: { name: "Cheeks, jawline and forehead", goals: ["glow"] },
  drainage: { name: "Evening drainage", goals: ["puffiness"] },
};

/** Focus days rotate through these groups, one a day, so each technique gets attention. */
export const FOCUS_ROTATION: readonly FocusId[] = ["eyes", "jaw", "cheeks"];

const LEARN: Stage = {
  id: "learn",
  name: "Learn",
  days: [1, 14],
  minutes: 3,
  restWeekdays: [],
  tools: "none",
  maxPressure: 2,
  adds: "Three minutes a day with your hands, at the two lightest pressures, one zone group a day; evening sessions follow the drainage order. Take a day off if you need one.",
};

const BUILD: Stage = {
  id: "build",
  name: "Build",
  days: [15, 35],
  minutes: 5,
  restWeekdays: [4],
  evening: { weekdays: [2, 5, 7], minutes: 7 },
  tools: "evening",
  adds: "Five minutes a day, plus a slower evening drainage session three evenings a week; a roller or gua sha stone you own joins on those evenings. One rest day a week.",
};

const EXTEND: Stage = {
  id: "extend",
  name: "Extend",
  days: [36, 56],
  minutes: 10,
  restWeekdays: [3, 6],
  tools: "all",
  adds: "Ten minutes five days a week with two rest days, tools in every session if your skin shows no redness afterwards; the weekly routine adds the neck and shoulders.",
};

/** The three programmes (domain notes, section 8); stages are app defaults, doses are the studies'. */
export const PROGRAMMES: Readonly<Record<ProgrammeId, Programme>> = {
  start: {
    id: "start",
    name: "Start: two weeks",
    summary: "Three minutes a day with your hands for two weeks.",
    days: 14,
    stages: [LEARN],
    checkInDays: [1, 14],
    basis:
      "The dose of one small study of hand self-massage (Flament 2023: 50 women, 3 minutes a day for 2 weeks, with no comparison group, run by industry).",
  },
  habit: {
    id: "habit",
    name: "Habit: five weeks",
    summary:
      "Two weeks of learning, then five minutes a day with evening drainage, for five weeks.",
    days: 35,
    stages: [LEARN, BUILD],
    checkInDays: [1, 14, 35],
    basis:
      "Built up to the dose of a small roller study (Miyaji 2018: 14 people, at least 5 minutes a day for 5 weeks, one cheek compared with the other).",
  },
  deep: {
    id: "deep",
    name: "Deep: eight weeks",
    summary: "Learn, build, then ten minutes five days a week, for eight weeks.",
    days: 56,
    stages: [LEARN, BUILD, EXTEND],
    checkInDays: [1, 14, 35, 56],
    basis:
      "Built up to the dose of a small trial of a roller and a gua sha stone (Ahn 2025: 34 women, 10 minutes 5 days a week for 8 weeks, with no untreated group).",
  },
};

/** True for a known programme id. */
export function isProgrammeId(id: unknown): id is ProgrammeId {
  return typeof id === "string" && (PROGRAMME_IDS as readonly string[]).includes(id);
}
