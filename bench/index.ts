import { calendarFeedBench } from "./calendar-feed.ts";
import { coachCameraBench } from "./coach-camera.ts";
import { coldStartBench } from "./cold-start.ts";
import { firstLoadBench } from "./first-load.ts";
import { hostilePlanBench } from "./hostile-plan.ts";
import { lighthouseBench } from "./lighthouse.ts";
import { planThroughputBench } from "./plan-throughput.ts";
import { playerTimingBench } from "./player-timing.ts";
import { progressRenderBench } from "./progress-render.ts";
import type { Bench } from "./support/figure.ts";
import { syncLoadBench } from "./sync-load.ts";
import { todayFirstLoadBench } from "./today-first-load.ts";

/** Every benchmark `npm run bench` runs, in order. Each feature adds its own line. */
export const benches: readonly Bench[] = [
  coldStartBench,
  planThroughputBench,
  lighthouseBench,
  firstLoadBench,
  progressRenderBench,
  syncLoadBench,
  playerTimingBench,
  calendarFeedBench,
  hostilePlanBench,
  todayFirstLoadBench,
  coachCameraBench,
];
