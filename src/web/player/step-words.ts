import { formatDuration } from "../../core/i18n/format-number.ts";
import { countPhrase } from "../../core/planner/count-words.ts";
import type { PlanStep } from "../../core/planner/plan-types.ts";
import { t } from "../i18n/language.ts";

/**
 * The words the screen shows for a step, `count` saying how many passes, strokes or circles go
 * along how many lines ("five passes along each of three lines"; "" when done by time); `side`
 * starts a line ("Both sides"), `sideInline` goes inside one ("both sides").
 */
export function stepWords(step: PlanStep): {
  zone: string;
  side: string;
  sideInline: string;
  technique: string;
  pressure: string;
  count: string;
} {
  // A plan saved by an older version (a session to resume) has no sections: one, as it meant.
  const sections = typeof step.sections === "number" ? step.sections : 1;
  return {
    zone: t(`zone.${step.zone}.name`),
    side: t("session.side", { side: step.side }),
    sideInline: t("session.side.inline", { side: step.side }),
    technique: t(`technique.${step.technique}.name`),
    pressure: t(`pressure.${step.pressure}.name`),
    count: countPhrase({ ...step, sections }, t),
  };
}

/** "1:05" from milliseconds, rounding up so the last second shows as 0:01, not 0:00. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** A length of time, short, in the page's language ("1 min 5 secs", "1 Min. 5 Sek."). */
export function durationWords(seconds: number): string {
  return formatDuration(t.locale, seconds, "short");
}

/** A length of time in words, for a sentence ("1 minute and 5 seconds"). */
export function durationSentence(seconds: number): string {
  return formatDuration(t.locale, seconds, "long");
}
