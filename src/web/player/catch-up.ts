import type { Fired } from "./scheduler.ts";

/** A cue more than this late was missed (the page was frozen or asleep), not merely delayed. */
export const MISSED_AFTER_MS = 1500;

/**
 * What the player does with one batch of fired events. The caption is not here: the screen
 * shows the current step's cues from the timeline (`captionAt`), so what is spoken is always on
 * screen.
 */
export interface Delivery {
  /** The one text to speak, or null. */
  readonly speak: string | null;
  /** Whether to sound a chime now (chimes are normally pre-scheduled on the audio clock). */
  readonly chimeNow: boolean;
}

/**
 * The catch-up rule after a long freeze. Speech: only the latest cue, because a queue of stale
 * instructions read out one after another would describe steps already over; the latest one is
 * what applies now, and the caption shows it. Chimes already sounded on the audio clock when the
 * audio thread kept running; a missed step boundary gets one chime now so the change is heard.
 */
export function deliver(batch: readonly Fired[]): Delivery {
  const cues = batch.filter((f) => f.event.kind === "cue");
  const latest = cues.at(-1);
  const speak = latest && latest.event.kind === "cue" ? latest.event.cue.text : null;
  const chimeNow = batch.some(
    (f) => f.event.kind === "step" && f.event.step > 0 && f.lateMs > MISSED_AFTER_MS,
  );
  return { speak, chimeNow };
}
