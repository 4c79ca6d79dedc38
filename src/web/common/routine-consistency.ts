import { type Consistency, computeConsistency } from "../../core/consistency/consistency.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import type { SessionBody } from "../local/session-body.ts";

/**
 * Streak, habit score and weekly minutes of the routine sessions: practice sessions from Learn
 * are left out, since they are not part of the morning/evening routine. Undefined when core
 * refuses the input (an unreadable session); Progress and the player's finish screen both use it.
 */
export function routineConsistency(
  sessions: readonly SessionBody[],
  timeZone: string,
  today: LocalDate,
): Consistency | undefined {
  const result = computeConsistency({
    timeZone,
    today,
    sessions: sessions
      .filter((s) => s.slot !== "practice")
      .map((s) => ({
        startedAt: s.startedAt,
        secondsDone: s.secondsDone,
        slot: s.slot as "am" | "pm" | "weekly",
        completed: s.completed,
        timeZone: s.timeZone,
      })),
  });
  return result.ok ? result.value : undefined;
}
