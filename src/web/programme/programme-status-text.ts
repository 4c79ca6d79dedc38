import type { ProgrammeDay } from "../../core/programme/programme-days.ts";
import type { ProgrammeAdherence, ProgrammeStatus } from "../../core/programme/programme-state.ts";
import { t } from "../i18n/language.ts";

/** The headline of a programme's status: "Day 9 of 35", "Paused before day 5 of 14", … */
export function statusHeadline(status: ProgrammeStatus): string {
  switch (status.status) {
    case "active":
      return t("programmes.status.active", { day: status.day.day, total: status.total });
    case "paused":
      return t("programmes.status.paused", { day: status.nextDay, total: status.total });
    case "finished":
      return t("programmes.status.finished", { total: status.total });
    case "not-started":
      return t("programmes.status.not-started", { days: status.startsIn });
  }
}

/** What a programme day asks for, in a sentence. */
export function dayText(day: ProgrammeDay): string {
  if (day.main === undefined) return t("programmes.day.rest");
  // The focus is said by its code: inside a sentence it takes another form than as a title.
  const main = {
    minutes: day.main.minutes,
    focus: day.main.focus,
    tools: day.main.tools ? "yes" : "no",
  };
  return day.evening === undefined
    ? t("programmes.day.main", main)
    : t("programmes.day.main-evening", {
        ...main,
        evening: day.evening.minutes,
        eveningTools: day.evening.tools ? "yes" : "no",
      });
}

/** Practice days done against the programme's own days so far. */
export function adherenceText(a: ProgrammeAdherence): string {
  return t("programmes.adherence", { done: a.done, days: a.practiceDays });
}
