import type { Reason, Screening } from "../safety/profile.ts";
import { screen } from "../safety/screen.ts";
import { dayNumber } from "../time/local-date.ts";
import { seconds } from "../time/seconds.ts";
import { resolveBlocks } from "./blocks.ts";
import { buildSteps } from "./build-steps.ts";
import { parsePlanInput } from "./parse-plan-input.ts";
import type {
  Plan,
  PlanInput,
  PlanNote,
  PlanOrder,
  PlanRequest,
  PlanResult,
} from "./plan-types.ts";
import { selectBlocks } from "./select-blocks.ts";
import { drainageSequence, wakeUpSequence } from "./sequence.ts";

const ABSORPTION_NOTE: PlanNote = {
  code: "absorption-evidence",
  message:
    "Massage has not been shown to help products soak in (evidence grade D), so this goal does not change the plan.",
};

const DRAINAGE_NOTE: PlanNote = {
  code: "drainage-incomplete",
  message:
    "The collarbone and the sides of the neck are both left out, so this session cannot open and close the drainage path; it works the face only.",
};

/** Longest step before the plan says the time is spread over too few areas. */
export const LONG_STEP_SECONDS = 180;

const LONG_STEPS_NOTE: PlanNote = {
  code: "long-steps",
  message:
    "So few areas are left today that some get more than three minutes each. A shorter session would do just as well.",
};

const nothingLeft = (screening: Screening): Reason => ({
  code: "nothing-to-plan",
  message:
    screening.excludedZones.length > 0
      ? "Every area that fits this session is left out today, so there is nothing to massage. Try again once the skipped areas are clear."
      : "No area fits this session with today's limits, so there is nothing to massage.",
});

/** Which order a request follows: evening, weekly and any puffiness goal drain; mornings wake up. */
export function planOrder(request: Pick<PlanRequest, "slot" | "goals">): PlanOrder {
  return request.slot !== "am" || request.goals.includes("puffiness") ? "drainage" : "wake-up";
}

/** Plans a validated request; see {@link planSession}. */
export function planRequest(request: PlanRequest): Plan {
  const screening = screen(request, request.date);
  const order = planOrder(request);
  const notes: PlanNote[] = [];
  if (request.goals.includes("absorption")) notes.push(ABSORPTION_NOTE);
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

  const oddDay = dayNumber(request.date) % 2 !== 0;
  const sequence =
    order === "drainage"
      ? drainageSequence(oddDay, request.slot === "weekly", request.slot !== "am")
      : wakeUpSequence(oddDay);
  const available = resolveBlocks(sequence, screening, request.tools, request.goals);
  if (available.length === 0) return stopped([...screening.reasons, nothingLeft(screening)]);
  if (order === "drainage" && !available.some((b) => b.anchor !== undefined))
    notes.push(DRAINAGE_NOTE);

  const total = request.minutes * 60;
  const chosen = selectBlocks(available, total, order, request.slot !== "am");
  const steps = buildSteps(chosen, total, order, screening);
  if (steps.some((step) => step.seconds > LONG_STEP_SECONDS)) notes.push(LONG_STEPS_NOTE);
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
 * Plans one massage session (issue 3, section 3). Never throws: input that is not a valid
 * {@link PlanInput} (even when it arrives typed) gives `{ ok: false, error }` naming the field.
 * A plan the safety screen stops has verdict `stop`, its reasons, no steps and 0 seconds.
 * Otherwise its steps fill exactly `minutes × 60` seconds. The same input gives the same plan;
 * the date alone varies a few movements from day to day.
 */
export function planSession(input: PlanInput): PlanResult {
  const parsed = parsePlanInput(input);
  return parsed.ok ? { ok: true, plan: planRequest(parsed.value) } : parsed;
}
