import type { PlayerClock } from "./clock.ts";
import { stepAt, type Timeline, type TimelineEvent } from "./timeline.ts";

/** Where a session stands; plain data, persisted so a reload resumes. */
export interface SchedulerState {
  readonly status: "ready" | "running" | "paused" | "ended";
  /** Epoch ms at which elapsed time was zero; set only while running. */
  readonly anchorWall: number | null;
  /** Elapsed ms (pauses excluded) when the state was taken. */
  readonly elapsedMs: number;
  /** Index of the next event that has not fired. */
  readonly next: number;
}

/** An event handed to the player, with how late it fired (0 when on time). */
export interface Fired {
  readonly event: TimelineEvent;
  readonly lateMs: number;
}

/**
 * A running session whose saved state is older than this comes back paused where that state left
 * it: the page was closed or discarded, so nobody was guided through the gap, and it must not
 * jump ahead (or to its end). A page that runs saves its state at least every few seconds.
 */
export const RESUME_GAP_MS = 2 * 60_000;

/** How far into a step "back" restarts it rather than going to the step before. */
export const BACK_RESTARTS_AFTER_MS = 3000;

/** Drives a timeline from an injected clock; see {@link createScheduler}. */
export interface Scheduler {
  readonly timeline: Timeline;
  status(): SchedulerState["status"];
  /** Elapsed ms now (pauses excluded), clamped to the timeline. */
  elapsed(): number;
  /** Elapsed ms at a given monotonic instant while running (for mapping onto the audio clock). */
  elapsedAt(monoMs: number): number;
  /** The step at the current position. */
  step(): number;
  start(): void;
  pause(): void;
  resume(): void;
  /** Jumps to the start of the next step (or the end). */
  skip(): void;
  /** Restarts the step, or goes to the previous one when within its first seconds. */
  back(): void;
  /** Ends now, whatever is left. */
  end(): void;
  /** Fires every due event once, in target order; call it from any wake-up, as often as wished. */
  poll(): void;
  /** Ms until the next target, or null when none is ahead or not running. */
  msToNext(): number | null;
  state(): SchedulerState;
}

/**
 * The session clock. Every step boundary and cue is a target on one timeline; `poll` compares the
 * clock with the targets, so a late wake-up (throttled timer, frozen page, clock jump) fires all
 * that came due once and in order, each marked with how late it is, and never counts ticks.
 * Pause records the elapsed time and resume re-anchors on it, so the timeline shifts by the pause.
 * Seeking (skip/back) marks the events before the new position as done without firing them.
 */
export function createScheduler(
  timeline: Timeline,
  clock: PlayerClock,
  onFire: (batch: readonly Fired[]) => void,
  onChange: (state: SchedulerState) => void = () => {},
  saved?: SchedulerState,
): Scheduler {
  const events = timeline.events;
  let status: SchedulerState["status"] = "ready";
  let anchorMono = 0;
  let anchorWall: number | null = null;
  let held = 0; // elapsed while not running
  let high = 0; // highest elapsed seen while running, so a clock that steps back cannot rewind
  let next = 0;

  const clamp = (ms: number) => Math.min(timeline.totalMs, Math.max(0, ms));
  const elapsedAt = (mono: number) => (status === "running" ? clamp(mono - anchorMono) : held);
  const elapsed = () => {
    if (status !== "running") return held;
    high = Math.max(high, elapsedAt(clock.now()));
    return high;
  };
  const anchor = (ms: number) => {
    anchorMono = clock.now() - ms;
    anchorWall = clock.wall() - ms;
    high = ms;
  };
  const state = (): SchedulerState => ({
    status,
    anchorWall: status === "running" ? anchorWall : null,
    elapsedMs: elapsed(),
    next,
  });
  const changed = () => onChange(state());

  const poll = () => {
    if (status !== "running") return;
    const now = elapsed();
    const batch: Fired[] = [];
    while (next < events.length && (events[next] as TimelineEvent).atMs <= now) {
      const event = events[next] as TimelineEvent;
      batch.push({ event, lateMs: now - event.atMs });
      next += 1;
    }
    if (next >= events.length) {
      held = timeline.totalMs;
      status = "ended";
    }
    if (batch.length > 0) onFire(batch);
    if (batch.length > 0 || status === "ended") changed();
  };

  const seek = (ms: number) => {
    const to = clamp(ms);
    next = events.findIndex((e) => e.atMs >= to);
    if (next < 0) next = events.length;
    if (status === "running") anchor(to);
    else held = to;
    changed();
    poll();
  };

  if (saved) {
    next = saved.next;
    held = clamp(saved.elapsedMs);
    status = saved.status;
    if (saved.status === "running" && saved.anchorWall !== null) {
      const since = clock.wall() - saved.anchorWall;
      const gap = since - saved.elapsedMs; // wall time since the state was saved
      if (gap > RESUME_GAP_MS || gap < 0) status = "paused";
      else anchor(clamp(since));
    }
  }

  return {
    timeline,
    status: () => status,
    elapsed,
    elapsedAt,
    step: () => stepAt(timeline, elapsed()),
    start() {
      if (status !== "ready") return;
      status = "running";
      anchor(held);
      changed();
      poll();
    },
    pause() {
      if (status !== "running") return;
      poll();
      if (status !== "running") return;
      held = elapsed();
      status = "paused";
      changed();
    },
    resume() {
      if (status !== "paused") return;
      status = "running";
      anchor(held);
      changed();
      poll();
    },
    skip() {
      if (status === "ready" || status === "ended") return;
      const i = stepAt(timeline, elapsed());
      seek(timeline.stepStarts[i + 1] ?? timeline.totalMs);
    },
    back() {
      if (status === "ready" || status === "ended") return;
      const now = elapsed();
      const i = stepAt(timeline, now);
      const start = timeline.stepStarts[i] ?? 0;
      seek(now - start > BACK_RESTARTS_AFTER_MS ? start : (timeline.stepStarts[i - 1] ?? 0));
    },
    end() {
      if (status === "ended") return;
      held = elapsed();
      status = "ended";
      changed();
    },
    poll,
    msToNext() {
      if (status !== "running" || next >= events.length) return null;
      return Math.max(0, (events[next] as TimelineEvent).atMs - elapsed());
    },
    state,
  };
}
