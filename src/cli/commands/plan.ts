import {
  CONDITIONS,
  GOALS,
  localDateOf,
  MAX_MINUTES,
  MEDIA,
  type PlanInput,
  planSession,
  TOOL_IDS,
  ZONE_IDS,
} from "../../core/index.ts";
import { type CliContext, exitCode, UsageError } from "../command.ts";
import { flagMessage, readPlanFlags } from "../massage/plan-flags.ts";
import { renderPlan } from "../massage/plan-table.ts";

const HELP = `Usage: nura plan --slot am|pm|weekly --minutes N --medium M [options]

Plans one face-massage session after a safety screen, and prints it as a table (or JSON).

Options:
  --slot S              am, pm or weekly (required)
  --minutes N           whole minutes, 1 to ${MAX_MINUTES} (required)
  --medium M            what is on the skin for glide (required): ${MEDIA.join(", ")}
                        ("none" stops the session: never massage dry skin)
  --goal G              repeatable: ${GOALS.join(", ")}
  --tool T              repeatable, tools you own: ${TOOL_IDS.join(", ")}
  --fingers-only        leave every tool out of this plan, even ones you own
  --skip ZONE           repeatable, areas to leave out (breakouts, sunburn, or by choice)
  --condition C         repeatable: ${CONDITIONS.join(", ")}
  --botox ZONE:DATE     repeatable, Botox in ZONE on DATE (yyyy-MM-dd); skipped for 14 days
  --filler ZONE:DATE    repeatable, filler in ZONE on DATE; skipped for 14 days
  --age N               your age in years (over 60 leaves the neck to collarbone circles)
  --date YYYY-MM-DD     the day of the session (default: today, local time)
  --json                print the plan as JSON
  -h, --help            show this help

Zones: ${ZONE_IDS.join(", ")}

Exit status: 0 a plan, 3 the safety screen says stop (reasons printed), 2 bad input.
`;

/** Today's date where the command runs. */
function today(): string {
  return localDateOf(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** `nura plan`: a session plan from flags, as a table or JSON; exit 3 when the screen stops it. */
export async function run(ctx: CliContext): Promise<number> {
  const flags = readPlanFlags(ctx.argv, today());
  if (flags.help) {
    ctx.stdout(HELP);
    return exitCode.ok;
  }
  const result = planSession(flags.input as unknown as PlanInput);
  if (!result.ok) throw new UsageError(flagMessage(result.error, flags));
  ctx.stdout(flags.json ? `${JSON.stringify(result.plan, null, 2)}\n` : renderPlan(result.plan));
  return result.plan.verdict === "stop" ? exitCode.refused : exitCode.ok;
}
