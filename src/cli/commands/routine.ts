import { composeRoutine } from "../../core/routine/compose-routine.ts";
import { parseRoutineInput } from "../../core/routine/parse-routine-input.ts";
import { ACTIVE_KINDS, isActive, PRODUCT_KINDS } from "../../core/routine/product-kinds.ts";
import { type CliContext, exitCode, UsageError } from "../command.ts";
import { langHelp, langOption, langTranslator } from "../massage/lang-flag.ts";
import { parseFlags } from "../massage/parse-flags.ts";
import { renderRoutine } from "../massage/routine-table.ts";
import { wrapList } from "../massage/wrap-list.ts";

const HELP = `Usage: nura routine --slot am|pm|weekly --products a,b,c [--json] [--lang L]

Orders your skincare products into a routine with the massage in its place.

Options:
  --slot S          am, pm or weekly (required)
  --products LIST   comma-separated product kinds (required; may be empty):
${wrapList(
  PRODUCT_KINDS.filter((k) => !isActive(k)),
  "                    ",
)}
                    actives, which go on after the massage and are never its medium:
${wrapList(ACTIVE_KINDS, "                    ")}
  --json            print the routine as JSON
${langHelp(20)}
  -h, --help        show this help

Exit status: 0 a routine, 2 bad input (unknown product kinds are named).
`;

const options = {
  slot: { type: "string" },
  products: { type: "string" },
  json: { type: "boolean" },
  ...langOption,
  help: { type: "boolean", short: "h" },
} as const;

/** `nura routine`: a morning, evening or weekly routine from a list of product kinds. */
export async function run(ctx: CliContext): Promise<number> {
  const v = parseFlags(ctx.argv, options);
  if (v.help === true) {
    ctx.stdout(HELP);
    return exitCode.ok;
  }
  const t = langTranslator(v.lang);
  if (v.products === undefined)
    throw new UsageError("--products is required, e.g. --products cleanser,serum,sunscreen");
  const kinds = v.products
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "");
  const input = parseRoutineInput({ slot: v.slot, products: kinds });
  const result = input.ok ? composeRoutine(input.value.products, input.value.slot, t) : input;
  if (!result.ok) {
    const { field, message } = result.error;
    throw new UsageError(field === "slot" || field === "products" ? `--${message}` : message);
  }
  ctx.stdout(
    v.json === true
      ? `${JSON.stringify(result.routine, null, 2)}\n`
      : renderRoutine(result.routine, t),
  );
  return exitCode.ok;
}
