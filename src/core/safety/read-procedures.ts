import { diffDays, type LocalDate, parseLocalDate } from "../time/local-date.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord, readBoundedList, readEnum, readKnownKeys } from "../validate/read.ts";
import { CLEARABLE_PROCEDURES, PROCEDURE_KINDS, type Procedure } from "./profile.ts";

/** The most dated procedures (or injectables) one plan input may list. */
export const MAX_DATED_ITEMS = 50;

/**
 * Reads the dated procedures of a plan input: a list of `{ kind, date, cleared? }`, none dated
 * after the session day. `cleared` is accepted only where a clinician's word ends the pause
 * ({@link CLEARABLE_PROCEDURES}); elsewhere the dates decide, and a stray flag is an error rather
 * than something silently ignored.
 */
export function readProcedures(value: unknown, today: LocalDate): Checked<readonly Procedure[]> {
  if (value === undefined) return valid([]);
  if (!Array.isArray(value))
    return invalid("procedures", `procedures must be a list; got ${describe(value)}`);
  const bounded = readBoundedList(value, MAX_DATED_ITEMS, "procedures");
  if (!bounded.ok) return bounded;
  const result: Procedure[] = [];
  for (const [index, item] of value.entries()) {
    const at = `procedures[${index}]`;
    if (!isRecord(item))
      return invalid(at, `${at} must be an object with kind and date; got ${describe(item)}`);
    const known = readKnownKeys(item, ["kind", "date", "cleared"], at);
    if (!known.ok) return known;
    const kind = readEnum(item.kind, PROCEDURE_KINDS, `${at}.kind`);
    if (!kind.ok) return kind;
    const date = parseLocalDate(item.date);
    if (date === undefined)
      return invalid(
        `${at}.date`,
        `${at}.date must be a real date written yyyy-MM-dd; got ${describe(item.date)}`,
      );
    if (diffDays(date, today) < 0)
      return invalid(`${at}.date`, `${at}.date (${date}) is after the session date (${today})`);
    if (item.cleared !== undefined && typeof item.cleared !== "boolean")
      return invalid(`${at}.cleared`, `${at}.cleared must be true or false`);
    const clearable = (CLEARABLE_PROCEDURES as readonly string[]).includes(kind.value);
    if (item.cleared === true && !clearable)
      return invalid(
        `${at}.cleared`,
        `${at}.cleared applies only to ${CLEARABLE_PROCEDURES.join(", ")}; after ${kind.value} the pause ends by its dates`,
      );
    result.push(
      item.cleared === true
        ? { kind: kind.value, date, cleared: true }
        : { kind: kind.value, date },
    );
  }
  return valid(result);
}
