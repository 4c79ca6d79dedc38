import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "../command.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * `node:util` parseArgs in strict mode, with its errors (unknown flag, missing value, stray
 * argument) turned into a UsageError so the dispatcher exits 2 with the message.
 */
export function parseFlags<O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** As {@link parseFlags}, but also returns the plain arguments (a sub-command, an id). */
export function parseFlagsAndArgs<O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** Reads a flag's whole-number value; the range is the core's to check. */
export function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value))
    throw new UsageError(`${flag} must be a whole number; got "${value}"`);
  return Number(value);
}
