import type { Fired } from "./scheduler.ts";

/** A cue more than this late was missed (the page was frozen or asleep), not merely delayed. */
export const MISSED_AFTER_MS = 1500;

/** What the player does with one batch of fired events. */
export interface Delivery {
  /** Every cue text, in order: captions show all of them, so nothing said is lost. */
  readonly captions: readonly string[];
  /** The one text to speak, or null. */
  readonly speak: string | null;
  /** Whether to sound a chime now (chimes are normally pre-scheduled on the audio clock). */
  readonly chimeNow: boolean;
}

/**
 * The catch-up rule after a long freeze. Captions: all, in order. Speech: only the latest cue,
 * because a queue of stale instructions read out one after another would describe steps already
 * over; the latest one is what applies now. Chimes already sounded on the audio clock when the
 * audio thread kept running; a missed step boundary gets one chime now so the change is heard.
 */
export function deliver(batch: readonly Fired[]): Delivery {
  const cues = batch.filter((f) => f.event.kind === "cue");
  const captions = cues.map((f) => (f.event.kind === "cue" ? f.event.cue.text : ""));
  const latest = cues.at(-1);
  const speak = latest && latest.event.kind === "cue" ? latest.event.cue.text : null;
  const chimeNow = batch.some(
    (f) => f.event.kind === "step" && f.event.step > 0 && f.lateMs > MISSED_AFTER_MS,
  );
  return { captions, speak, chimeNow };
}
