import type { Translate } from "../i18n/translate.ts";
import type { Reason, Screening } from "../safety/profile.ts";
import { screen } from "../safety/screen.ts";
import { seconds } from "../time/seconds.ts";
import { resolveCandidates } from "./blocks.ts";
import { buildSteps } from "./build-steps.ts";
import { GOAL_RECIPES, type PlacedTool } from "./goal-recipes.ts";
import { candidates } from "./moves.ts";
import { parsePlanInput } from "./parse-plan-input.ts";
import { shortenedNote } from "./plan-notes.ts";
import type {
  Plan,
  PlanInput,
  PlanNote,
  PlanOrder,
  PlanRequest,
  PlanResult,
} from "./plan-types.ts";
import { rotationOf } from "./rotation.ts";
import { GOAL_PLAN_EVERYDAY_ZONES, selectBlocks } from "./select-blocks.ts";

const note = (code: "absorption-evidence" | "drainage-incomplete", t: Translate): PlanNote => ({
  code,
  message: t(`plan.note.${code}`),
});

const nothingLeft = (screening: Screening, t: Translate): Reason => ({
  code: "nothing-to-plan",
  message: t(
    screening.excludedZones.length > 0
      ? "reason.nothing-to-plan.skipped"
      : "reason.nothing-to-plan.limits",
  ),
});

/** Which order a request follows: evening, weekly and any puffiness goal drain; mornings wake up. */
export function planOrder(request: Pick<PlanRequest, "slot" | "goals">): PlanOrder {
  return request.slot !== "am" || request.goals.some((g) => GOAL_RECIPES[g].drains)
    ? "drainage"
    : "wake-up";
}

/** The tools a plan may place: owned, not ruled out by the screen, and not fingers only. */
function placeable(request: PlanRequest, screening: Screening): readonly PlacedTool[] {
  if (request.fingersOnly) return [];
  return (["roller", "gua-sha"] as const).filter(
    (t) => request.tools.includes(t) && !screening.bannedTools.includes(t),
  );
}

/** Plans a validated request; see {@link planSession}. */
export function planRequest(request: PlanRequest, t: Translate): Plan {
  const screening = screen(request, request.date, t);
  const order = planOrder(request);
  const notes: PlanNote[] = [];
  if (request.goals.includes("absorption")) notes.push(note("absorption-evidence", t));
  const base = {
    slot: request.slot,
    date: request.date,
    minutes: request.minutes,
    goals: request.goals,
    order,
    excludedZones: screening.excludedZones,
  };
  const stopped = (reasons: readonly Reason[]): Plan => ({
    ...base,
    verdict: "stop",
    reasons,
    notes,
    totalSeconds: seconds(0),
    steps: [],
  });
  if (screening.verdict === "stop") return stopped(screening.reasons);

  const tools = placeable(request, screening);
  const variant = rotationOf(request.date);
  const list = candidates({
    order,
    weekly: request.slot === "weekly",
    goals: request.goals,
    variant,
    tools,
  });
  const resolved = resolveCandidates(list, screening);
  if (resolved.length === 0) return stopped([...screening.reasons, nothingLeft(screening, t)]);
  if (order === "drainage" && !resolved.some((r) => r.candidate.group === "open"))
    notes.push(note("drainage-incomplete", t));

  const wanted = request.minutes * 60;
  const focused = request.goals.some((g) => GOAL_RECIPES[g].signature !== undefined);
  const blocks = selectBlocks(resolved, wanted, order, {
    variant,
    everydayCap: focused ? GOAL_PLAN_EVERYDAY_ZONES : Number.POSITIVE_INFINITY,
  });
  const steps = buildSteps(blocks, wanted, order, screening, t);
  const total = steps.reduce((sum, s) => sum + s.seconds, 0);
  if (total < wanted) notes.push(shortenedNote(total, request.minutes, blocks.length, t));
  return {
    ...base,
    verdict: screening.verdict,
    reasons: screening.reasons,
    notes,
    totalSeconds: seconds(total),
    steps,
  };
}

/**
 * Plans one massage session (issue 3, section 3; issue 13). Never throws: input that is not a
 * valid {@link PlanInput} (even when it arrives typed) gives `{ ok: false, error }` naming the
 * field. A plan the safety screen stops has verdict `stop`, its reasons, no steps and 0 seconds.
 * Otherwise its steps fill `minutes × 60` seconds exactly, unless the zones left cannot: then it
 * is shorter and a `shortened` note says so. The same input gives the same plan; the date turns
 * a three-day rotation of movements and zones. Every text (cues, reasons, notes) is in the
 * language of `t`; a cue's length in words decides which of its forms fits the time.
 */
export function planSession(input: PlanInput, t: Translate): PlanResult {
  const parsed = parsePlanInput(input);
  return parsed.ok ? { ok: true, plan: planRequest(parsed.value, t) } : parsed;
}
