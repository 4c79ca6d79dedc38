import type { ProgrammeDay } from "../../core/programme/programme-days.ts";
import type { ProgrammeAdherence, ProgrammeStatus } from "../../core/programme/programme-state.ts";
import { counted, noun } from "../../core/words/plural.ts";
import { count } from "../common/words.ts";
import { t } from "../i18n/language.ts";

/** The headline of a programme's status: "Day 9 of 35", "Paused before day 5 of 14", … */
export function statusHeadline(status: ProgrammeStatus): string {
  switch (status.status) {
    case "active":
      return `Day ${status.day.day} of ${status.total}`;
    case "paused":
      return `Paused before day ${status.nextDay} of ${status.total}`;
    case "finished":
      return `Finished all ${status.total} days`;
    case "not-started":
      return status.startsIn === 1
        ? "Starts tomorrow"
        : `Starts in ${count(status.startsIn, "day")}`;
  }
}

/** What a programme day asks for, in a sentence. */
export function dayText(day: ProgrammeDay): string {
  if (day.main === undefined) return "A rest day: resting is part of the programme.";
  const main = `${count(day.main.minutes, "minute")}, ${t(`programme.focus.${day.main.focus}.name`).toLowerCase()}`;
  const tools = day.main.tools ? ", with your tools" : "";
  const evening =
    day.evening === undefined
      ? ""
      : `, and ${count(day.evening.minutes, "minute")} of drainage this evening${day.evening.tools ? " with your tools" : ""}`;
  return `Today: ${main}${tools}${evening}.`;
}

/** Practice days done against the programme's own days so far. */
export function adherenceText(a: ProgrammeAdherence): string {
  return `${a.done} of ${counted(a.practiceDays, noun("practice day"))} done so far; rest days do not count.`;
}
