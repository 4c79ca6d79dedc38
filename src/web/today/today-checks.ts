import type { Slot } from "../../core/model/slots.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import type { Records } from "../local/records.ts";

const CHECKS_KEY = "today:checks";

/** Ticked product steps per slot for one day, kept on the device only. */
export interface TodayChecks {
  readonly day: LocalDate;
  readonly ticked: Readonly<Partial<Record<Slot, readonly number[]>>>;
}

/** Today's ticks; ticks from another day are dropped. */
export async function readChecks(records: Records, day: LocalDate): Promise<TodayChecks> {
  const stored = await records.getMeta<TodayChecks>(CHECKS_KEY);
  return stored && stored.day === day ? stored : { day, ticked: {} };
}

/** Saves today's ticks. */
export async function writeChecks(records: Records, checks: TodayChecks): Promise<void> {
  await records.setMeta(CHECKS_KEY, checks);
}
