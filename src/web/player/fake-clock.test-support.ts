import type { Cue, PlanStep } from "../../core/planner/plan-types.ts";
import { seconds } from "../../core/time/seconds.ts";
import type { PlayerClock } from "./clock.ts";
import type { PlayerPlan } from "./timeline.ts";

/** A clock the test moves by hand; `wall` and `now` move together unless told otherwise. */
export function fakeClock(wallStart = 1_700_000_000_000): PlayerClock & {
  advance(ms: number): void;
  jumpWall(ms: number): void;
  reload(): void;
} {
  let mono = 0;
  let wall = wallStart;
  return {
    now: () => mono,
    wall: () => wall,
    advance(ms) {
      mono += ms;
      wall += ms;
    },
    jumpWall(ms) {
      wall += ms;
    },
    reload() {
      mono = 0; // performance.now starts again from zero in a new page
    },
  };
}

const cue = (at: number, text: string, kind: Cue["kind"] = "start"): Cue => ({
  at: seconds(at),
  kind,
  text,
});

/** Three steps, 20 + 30 + 10 s, with a side switch in the second. */
export const threeStepPlan: PlayerPlan = {
  totalSeconds: seconds(60),
  steps: [
    step("collarbone", 20, [cue(0, "Collarbone"), cue(10, "Halfway", "halfway")]),
    step("cheeks", 30, [cue(0, "Cheeks, left"), cue(15, "Switch side", "switch-side")]),
    step("forehead", 10, [cue(0, "Forehead"), cue(5, "Last five", "last-five")]),
  ],
};

function step(zone: PlanStep["zone"], secs: number, cues: readonly Cue[]): PlanStep {
  return {
    zone,
    side: "both",
    technique: "strokes",
    tool: "fingers",
    direction: "outward",
    pressure: 1,
    seconds: seconds(secs),
    sections: 1,
    cues,
  };
}
