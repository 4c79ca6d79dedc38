import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/language.ts";
import { bindMediaSession, showNowPlaying } from "./media-session.ts";
import type { PlayerEngine } from "./player-engine.ts";
import { ScreenWake } from "./screen-wake.ts";
import { stepWords } from "./step-words.ts";
import { stepAt } from "./timeline.ts";

/** What the wake lock's state says to the person; nothing while it is released. */
const wakeNote = (state: ScreenWake["state"]["value"]): string =>
  state === "released" ? "" : t(`session.wake.${state}`);

/**
 * Ties a running engine to the page: the wake lock while running, wake-ups when the page comes
 * back (visible again, restored from the back-forward cache or unfrozen), and the Media Session.
 * Returns the wake-lock note to show.
 */
export function useEngineBindings(engine: PlayerEngine | null, title: string): string {
  const [wake] = useState(() => new ScreenWake());
  const running = engine?.status.value === "running";
  const step = engine ? stepAt(engine.scheduler.timeline, engine.elapsed.value) : -1;

  useEffect(() => () => wake.dispose(), [wake]);

  useEffect(() => {
    if (running) wake.hold();
    else wake.release();
  }, [running, wake]);

  useEffect(() => {
    if (!engine) return;
    const poke = () => engine.wake();
    document.addEventListener("visibilitychange", poke);
    document.addEventListener("resume", poke);
    addEventListener("pageshow", poke);
    const unbind = bindMediaSession({
      play: () => engine.resume(),
      pause: () => engine.pause(),
      next: () => engine.skip(),
      previous: () => engine.back(),
    });
    return () => {
      document.removeEventListener("visibilitychange", poke);
      document.removeEventListener("resume", poke);
      removeEventListener("pageshow", poke);
      unbind();
    };
  }, [engine]);

  useEffect(() => {
    const s = engine?.active.plan.steps[step];
    if (!engine || !s) return;
    const w = stepWords(s);
    showNowPlaying(`${w.zone}: ${w.technique}`, title, running);
  }, [engine, step, running, title]);

  return wakeNote(wake.state.value);
}
