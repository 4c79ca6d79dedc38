import type { ToolId } from "../../core/model/tools.ts";
import type { SessionBody } from "../local/session-body.ts";
import type { ActiveSession } from "./handoff.ts";
import type { Timeline } from "./timeline.ts";

/** What was done: the zones reached in order, and the tool used for the most guided time. */
export function workDone(
  plan: ActiveSession["plan"],
  timeline: Timeline,
  elapsedMs: number,
): { zones: string[]; tool: ToolId } {
  const zones: string[] = [];
  const toolMs = new Map<ToolId, number>();
  plan.steps.forEach((step, i) => {
    const start = timeline.stepStarts[i] ?? 0;
    if (start >= elapsedMs) return;
    if (!zones.includes(step.zone)) zones.push(step.zone);
    const ms = Math.min(elapsedMs, start + step.seconds * 1000) - start;
    toolMs.set(step.tool, (toolMs.get(step.tool) ?? 0) + ms);
  });
  let tool: ToolId = plan.steps[0]?.tool ?? "fingers";
  let best = -1;
  for (const [t, ms] of toolMs) {
    if (ms > best) [tool, best] = [t, ms];
  }
  return { zones, tool };
}

/** The `session` record body for a finished or ended-early session. */
export function sessionBody(
  active: ActiveSession,
  timeline: Timeline,
  elapsedMs: number,
  endedAtWall: number,
): SessionBody {
  const { zones, tool } = workDone(active.plan, timeline, elapsedMs);
  return {
    slot: active.meta.slot,
    plan: {
      minutes: active.meta.minutes,
      goals: [...active.meta.goals],
      totalSeconds: timeline.totalMs / 1000,
      stepCount: active.plan.steps.length,
      adjustments: [...active.meta.adjustments],
    },
    startedAt: new Date(active.startedAtWall).toISOString(),
    endedAt: new Date(endedAtWall).toISOString(),
    timeZone: active.timeZone,
    secondsDone: Math.round(elapsedMs / 1000),
    completed: elapsedMs >= timeline.totalMs,
    zones,
    tool,
    medium: active.medium,
  };
}
