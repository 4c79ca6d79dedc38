import { formatDuration } from "../i18n/format-number.ts";
import type { Translate } from "../i18n/translate.ts";
import { numberWord } from "./count-words.ts";
import type { PlanNote } from "./plan-types.ts";

/**
 * The note of a plan the zones left cannot fill: how long it is instead, and why that is right
 * rather than a shortfall (more time on the same areas would only repeat them).
 */
export function shortenedNote(
  total: number,
  minutes: number,
  movements: number,
  t: Translate,
): PlanNote {
  return {
    code: "shortened",
    message: t("plan.note.shortened", {
      movements,
      movementsWord: numberWord(movements, t),
      duration: formatDuration(t.locale, total),
      asked: formatDuration(t.locale, minutes * 60),
    }),
  };
}
