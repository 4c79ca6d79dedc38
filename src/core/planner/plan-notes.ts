import { counted, noun } from "../words/plural.ts";
import { numberWord } from "./count-words.ts";
import type { PlanNote } from "./plan-types.ts";

/** "7 minutes and 30 seconds", "1 minute", "45 seconds". */
function durationPhrase(totalSeconds: number): string {
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  const min = counted(m, noun("minute"));
  const sec = counted(s, noun("second"));
  if (m === 0) return sec;
  return s === 0 ? min : `${min} and ${sec}`;
}

/**
 * The note of a plan the zones left cannot fill: how long it is instead, and why that is right
 * rather than a shortfall (more time on the same areas would only repeat them).
 */
export function shortenedNote(total: number, minutes: number, movements: number): PlanNote {
  const asked = counted(minutes, noun("minute"));
  const what =
    movements === 1
      ? "The one movement left today already gets"
      : `The ${numberWord(movements)} movements left today each already get`;
  return {
    code: "shortened",
    message: `${what} as long as is useful, so this session lasts ${durationPhrase(total)} instead of ${asked}. Longer on the same areas would only repeat them.`,
  };
}
