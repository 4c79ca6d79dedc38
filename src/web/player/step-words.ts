import { countPhrase } from "../../core/planner/count-words.ts";
import type { PlanStep, Side } from "../../core/planner/plan-types.ts";
import { t } from "../i18n/language.ts";

const SIDE_WORDS: Readonly<Record<Side, string>> = {
  both: "Both sides",
  left: "Left side",
  right: "Right side",
  center: "Centre",
};

/**
 * The words the screen shows for a step, `count` saying how many passes, strokes or circles go
 * along how many lines ("five passes along each of three lines"; "" when done by time).
 */
export function stepWords(step: PlanStep): {
  zone: string;
  side: string;
  technique: string;
  tool: string;
  pressure: string;
  count: string;
} {
  // A plan saved by an older version (a session to resume) has no sections: one, as it meant.
  const sections = typeof step.sections === "number" ? step.sections : 1;
  return {
    zone: t(`zone.${step.zone}.name`),
    side: SIDE_WORDS[step.side],
    technique: t(`technique.${step.technique}.name`),
    tool: t(`tool.${step.tool}.name`),
    pressure: t(`pressure.${step.pressure}.name`),
    count: countPhrase({ ...step, sections }, t),
  };
}

/** "1:05" from milliseconds, rounding up so the last second shows as 0:01, not 0:00. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** "1 min 5 s" for screen readers and summaries. */
export function durationWords(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}
