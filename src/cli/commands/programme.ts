import { programmeDays } from "../../core/programme/programme-days.ts";
import { isProgrammeId, PROGRAMME_IDS, PROGRAMMES } from "../../core/programme/programmes.ts";
import { parseLocalDate } from "../../core/time/local-date.ts";
import { type CliContext, exitCode, UsageError } from "../command.ts";
import { langHelp, langOption, langTranslator } from "../massage/lang-flag.ts";
import { parseFlagsAndArgs } from "../massage/parse-flags.ts";
import { renderProgrammeDays, renderProgrammeList } from "../massage/programme-table.ts";

const HELP = `Usage: nura programme list [--json] [--lang L]
       nura programme show ID --start YYYY-MM-DD [--json] [--lang L]

Multi-week massage programmes built on the doses small studies used: what each day asks for.

Commands:
  list                  the programmes: ${PROGRAMME_IDS.join(", ")}
  show ID               every day of one programme (date, minutes, focus, tools, rest, check-in)

Options:
  --start YYYY-MM-DD    the programme's first day (required for show)
  --json                print JSON instead of a table
${langHelp(24)}
  -h, --help            show this help

Exit status: 0 done, 2 bad input.
`;

const options = {
  start: { type: "string" },
  json: { type: "boolean" },
  ...langOption,
  help: { type: "boolean", short: "h" },
} as const;

/** `nura programme list` and `nura programme show ID --start DATE`, in `--lang`'s language. */
export async function run(ctx: CliContext): Promise<number> {
  const { values: v, positionals } = parseFlagsAndArgs(ctx.argv, options);
  const [what, id, ...extra] = positionals;
  if (v.help === true || what === undefined) {
    (v.help === true ? ctx.stdout : ctx.stderr)(HELP);
    return v.help === true ? exitCode.ok : exitCode.usage;
  }
  const json = v.json === true;
  const t = langTranslator(v.lang);
  if (what === "list") {
    if (id !== undefined) throw new UsageError(`list takes no argument; got "${id}"`);
    const all = PROGRAMME_IDS.map((p) => PROGRAMMES[p]);
    ctx.stdout(json ? `${JSON.stringify(all, null, 2)}\n` : renderProgrammeList(t));
    return exitCode.ok;
  }
  if (what !== "show") throw new UsageError(`unknown sub-command "${what}"; use list or show`);
  if (!isProgrammeId(id))
    throw new UsageError(
      `show needs a programme id, one of ${PROGRAMME_IDS.join(", ")}; got ${id === undefined ? "none" : `"${id}"`}`,
    );
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const start = parseLocalDate(v.start);
  if (start === undefined)
    throw new UsageError(
      `--start must be a real date written yyyy-MM-dd; got ${v.start === undefined ? "none" : `"${v.start}"`}`,
    );
  const programme = PROGRAMMES[id];
  const days = programmeDays(programme, start);
  ctx.stdout(
    json
      ? `${JSON.stringify({ programme, start, days }, null, 2)}\n`
      : renderProgrammeDays(programme, days, t),
  );
  return exitCode.ok;
}
