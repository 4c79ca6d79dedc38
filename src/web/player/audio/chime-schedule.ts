import { noProbe, type Probe } from "../probe.ts";
import type { Timeline } from "../timeline.ts";
import { audioNow } from "./audio-clock.ts";
import { type ChimeKind, playChime } from "./chime-sound.ts";

/** How far ahead chimes are committed to the audio clock; covers a minute-long throttled sleep. */
export const CHIME_WINDOW_MS = 120_000;

/** A sound on the timeline. */
export interface ChimeTarget {
  readonly atMs: number;
  readonly kind: ChimeKind;
}

/** A chime at each step change and at the end; a tick at each "switch side" cue. */
export function chimeTargets(timeline: Timeline): ChimeTarget[] {
  const out: ChimeTarget[] = [];
  for (const e of timeline.events) {
    if (e.kind === "step" && e.step > 0) out.push({ atMs: e.atMs, kind: "chime" });
    if (e.kind === "end") out.push({ atMs: e.atMs, kind: "chime" });
    if (e.kind === "cue" && e.cue.kind === "switch-side") out.push({ atMs: e.atMs, kind: "tick" });
  }
  return out;
}

/**
 * Commits chimes to the Web Audio clock ahead of time, in a rolling window, so they sound on
 * time while the page's timers are throttled: the audio thread plays them even when no script
 * runs. `sync` maps timeline time onto `currentTime` from the elapsed time now; `cancel` drops
 * everything not yet heard (pause, skip, back), and the next `sync` lays them out again.
 */
export class ChimeSchedule {
  readonly #ctx: AudioContext;
  readonly #targets: readonly ChimeTarget[];
  readonly #probe: Probe;
  #volume: number;
  #queued = new Map<number, AudioScheduledSourceNode[]>();

  constructor(
    ctx: AudioContext,
    targets: readonly ChimeTarget[],
    volume: number,
    probe: Probe = noProbe,
  ) {
    this.#ctx = ctx;
    this.#probe = probe;
    this.#targets = targets;
    this.#volume = volume;
  }

  /** Schedules the targets ahead of `elapsedMs` within the window that are not queued yet. */
  sync(elapsedMs: number, perfNow?: number): void {
    // A suspended context's clock stands still; chimes laid out on it would all come late.
    if (this.#ctx.state === "suspended") return;
    const now = audioNow(this.#ctx, perfNow);
    this.#targets.forEach((t, i) => {
      if (this.#queued.has(i) || t.atMs <= elapsedMs || t.atMs > elapsedMs + CHIME_WINDOW_MS)
        return;
      const when = now + (t.atMs - elapsedMs) / 1000;
      this.#queued.set(i, playChime(this.#ctx, t.kind, when, this.#volume));
      this.#probe({ type: "chime", atMs: t.atMs, when, audioNow: now });
    });
  }

  /** Stops every queued sound that has not started; `sync` re-queues from the new position. */
  cancel(): void {
    const now = this.#ctx.currentTime;
    for (const nodes of this.#queued.values()) {
      for (const n of nodes) {
        try {
          n.stop(now);
        } catch {
          // Already stopped: nothing to cancel.
        }
      }
    }
    this.#queued = new Map();
  }

  /** Changes the volume of chimes queued from now on. */
  setVolume(volume: number): void {
    this.#volume = volume;
  }
}
