import type { Translate } from "../i18n/translate.ts";
import type { Slot } from "../model/slots.ts";
import type { ToolId } from "../model/tools.ts";
import type { PlanInput } from "../planner/plan-types.ts";
import type { ProgrammeDay, ProgrammeSession } from "./programme-days.ts";

/** What a programme day sets for one session; everything else comes from the person's answers. */
export type SessionOverride = Required<Pick<PlanInput, "minutes" | "goals" | "tools">> &
  Pick<PlanInput, "maxPressure">;

/** What a slot of the routine does on a programme day. */
export type ProgrammeSlot =
  | { readonly kind: "session"; readonly label: string; readonly override: SessionOverride }
  | { readonly kind: "rest" }
  | { readonly kind: "done-today" };

function override(session: ProgrammeSession, owned: readonly ToolId[]): SessionOverride {
  return {
    minutes: session.minutes,
    goals: session.goals,
    tools: session.tools ? owned : [],
    ...(session.maxPressure === undefined ? {} : { maxPressure: session.maxPressure }),
  };
}

/**
 * The programme's session for a slot on its day. The evening slot takes the extra drainage
 * session on the days that have one; otherwise the day's main session goes to whichever slot the
 * person opens first, so it can be done morning or evening. Once another slot has done the main
 * session (`done`: slots with a completed session today), this one is not part of the programme
 * that day. The label is in the language of `t`.
 */
export function programmeSlot(
  day: ProgrammeDay,
  slot: Slot,
  done: ReadonlySet<Slot>,
  ownedTools: readonly ToolId[],
  t: Translate,
): ProgrammeSlot {
  if (day.rest || day.main === undefined) return { kind: "rest" };
  const eveningSession = day.evening !== undefined;
  if (slot === "pm" && day.evening !== undefined)
    return {
      kind: "session",
      label: `${t("programme.focus.drainage.name")}, ${day.evening.minutes} min`,
      override: override(day.evening, ownedTools),
    };
  const mainSlots: readonly Slot[] = eveningSession ? ["am", "weekly"] : ["am", "pm", "weekly"];
  if (mainSlots.some((s) => s !== slot && done.has(s))) return { kind: "done-today" };
  return {
    kind: "session",
    label: `${t(`programme.focus.${day.main.focus}.name`)}, ${day.main.minutes} min`,
    override: override(day.main, ownedTools),
  };
}
