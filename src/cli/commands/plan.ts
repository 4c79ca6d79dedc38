import { CONDITIONS } from "../../core/model/conditions.ts";
import { GOALS } from "../../core/model/goals.ts";
import { MEDIA } from "../../core/model/media.ts";
import { TOOL_IDS } from "../../core/model/tools.ts";
import { ZONE_IDS } from "../../core/model/zones.ts";
import { MAX_MINUTES, parsePlanInput } from "../../core/planner/parse-plan-input.ts";
import { planRequest } from "../../core/planner/plan-session.ts";
import { CLEARABLE_PROCEDURES, PROCEDURE_KINDS } from "../../core/safety/profile.ts";
import { localDateOf } from "../../core/time/zoned-time.ts";
import { type CliContext, exitCode, UsageError } from "../command.ts";
import { langHelp, langTranslator } from "../massage/lang-flag.ts";
import { flagMessage, readPlanFlags } from "../massage/plan-flags.ts";
import { renderPlan } from "../massage/plan-table.ts";
import { wrapList } from "../massage/wrap-list.ts";

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
  --condition C         repeatable, health and skin answers (listed below)
  --botox ZONE:DATE     repeatable, Botox in ZONE on DATE (yyyy-MM-dd): no face work that day and
                        the next, then ZONE and the areas next to it skipped to day 14
  --filler ZONE:DATE    repeatable, filler in ZONE on DATE: as Botox, then the lightest pressure
                        and no tools there to day 28
  --procedure KIND:DATE repeatable, an in-office procedure (kinds below) on DATE; write
                        KIND:DATE:cleared once the clinician has cleared massage after
                        ${CLEARABLE_PROCEDURES.join(", ")}
  --neck-cleared        your doctor cleared neck work despite thyroid disease, carotid
                        sensitivity, an irregular heartbeat or being over 60
  --age N               your age in years (over 60 leaves the neck to collarbone circles)
  --date YYYY-MM-DD     the day of the session (default: today, local time)
  --json                print the plan as JSON
${langHelp(24)}
  -h, --help            show this help

Conditions:
${wrapList(CONDITIONS, "  ")}

Procedures (the whole face counts as treated):
${wrapList(PROCEDURE_KINDS, "  ")}

Zones:
${wrapList(ZONE_IDS, "  ")}

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
  const t = langTranslator(flags.lang);
  const request = parsePlanInput(flags.input);
  if (!request.ok) throw new UsageError(flagMessage(request.error, flags));
  const plan = planRequest(request.value, t);
  ctx.stdout(flags.json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlan(plan, t));
  if (!flags.json && plan.reasons.some((r) => r.code === "head-neck-lymphedema"))
    ctx.stdout(`\n${t("cli.plan.therapist-timer")}\n`);
  return plan.verdict === "stop" ? exitCode.refused : exitCode.ok;
}
