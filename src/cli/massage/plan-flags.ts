import type { InputError } from "../../core/validate/input-error.ts";
import { UsageError } from "../command.ts";
import { langOption } from "./lang-flag.ts";
import { parseFlags, wholeNumber } from "./parse-flags.ts";

/** The flags of `nura plan`. */
export const planOptions = {
  slot: { type: "string" },
  minutes: { type: "string" },
  goal: { type: "string", multiple: true },
  tool: { type: "string", multiple: true },
  "fingers-only": { type: "boolean" },
  skip: { type: "string", multiple: true },
  condition: { type: "string", multiple: true },
  botox: { type: "string", multiple: true },
  filler: { type: "string", multiple: true },
  procedure: { type: "string", multiple: true },
  "neck-cleared": { type: "boolean" },
  age: { type: "string" },
  medium: { type: "string" },
  date: { type: "string" },
  json: { type: "boolean" },
  ...langOption,
  help: { type: "boolean", short: "h" },
} as const;

/** What the flags ask for: the planner's input, and how each injectable was given. */
export interface PlanFlags {
  readonly help: boolean;
  readonly json: boolean;
  /** `--lang`, unchecked (see `langTranslator`). */
  readonly lang: string | undefined;
  /** Raw input for the core planner; it validates the values. */
  readonly input: Record<string, unknown>;
  /** The flag each `injectables[i]` came from. */
  readonly injectableFlags: readonly ("--botox" | "--filler")[];
}

function injectable(flag: "--botox" | "--filler", value: string) {
  const at = value.indexOf(":");
  if (at <= 0) throw new UsageError(`${flag} must be ZONE:YYYY-MM-DD; got "${value}"`);
  return {
    kind: flag === "--botox" ? "botox" : "filler",
    zone: value.slice(0, at),
    date: value.slice(at + 1),
  };
}

/** `--procedure KIND:DATE` or `KIND:DATE:cleared`; the core checks the kind and the date. */
function procedure(value: string) {
  const [kind = "", date, cleared, ...rest] = value.split(":");
  if (date === undefined || kind === "" || rest.length > 0 || (cleared ?? "cleared") !== "cleared")
    throw new UsageError(
      `--procedure must be KIND:YYYY-MM-DD or KIND:YYYY-MM-DD:cleared; got "${value}"`,
    );
  return cleared === undefined ? { kind, date } : { kind, date, cleared: true };
}

/** Reads `nura plan` flags; `today` fills in a missing --date. */
export function readPlanFlags(argv: readonly string[], today: string): PlanFlags {
  const v = parseFlags(argv, planOptions);
  const botox = (v.botox ?? []).map((b) => injectable("--botox", b));
  const filler = (v.filler ?? []).map((f) => injectable("--filler", f));
  const input: Record<string, unknown> = {
    slot: v.slot,
    minutes: wholeNumber("--minutes", v.minutes),
    goals: v.goal ?? [],
    tools: v.tool ?? [],
    fingersOnly: v["fingers-only"] === true,
    skipZones: v.skip ?? [],
    conditions: v.condition ?? [],
    injectables: [...botox, ...filler],
    procedures: (v.procedure ?? []).map(procedure),
    neckCleared: v["neck-cleared"] === true,
    medium: v.medium,
    date: v.date ?? today,
  };
  const age = wholeNumber("--age", v.age);
  if (age !== undefined) input.age = age;
  return {
    help: v.help === true,
    json: v.json === true,
    lang: v.lang,
    input,
    injectableFlags: [
      ...botox.map(() => "--botox" as const),
      ...filler.map(() => "--filler" as const),
    ],
  };
}

const FLAG_OF: Readonly<Record<string, string>> = {
  slot: "--slot",
  minutes: "--minutes",
  goals: "--goal",
  tools: "--tool",
  fingersOnly: "--fingers-only",
  skipZones: "--skip",
  conditions: "--condition",
  age: "--age",
  procedures: "--procedure",
  medium: "--medium",
  date: "--date",
};

/**
 * Says a core input error in terms of the flag that caused it: the core's message starts with
 * its field name (`minutes must be …`, `goals[1] must be …`), which becomes the flag.
 */
export function flagMessage(error: InputError, flags: PlanFlags): string {
  const listField = /^(injectables|procedures)\[(\d+)\](?:\.(\w+))?/.exec(error.field);
  if (listField) {
    const flag =
      listField[1] === "procedures"
        ? "--procedure"
        : (flags.injectableFlags[Number(listField[2])] ?? "--botox");
    const part = listField[3] === undefined ? "" : ` ${listField[3]}`;
    return `${flag}${part}${error.message.slice(listField[0].length)}`;
  }
  const base = error.field.replace(/\[\d+\]$/, "");
  const flag = FLAG_OF[base];
  if (flag === undefined) return error.message;
  const named = new RegExp(`^${base}(\\[\\d+\\])?`).exec(error.message);
  const rest = named ? error.message.slice(named[0].length) : `: ${error.message}`;
  return `${flag}${rest}`;
}
