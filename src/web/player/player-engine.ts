import { signal } from "@preact/signals";
import { type Problem, problemMessage } from "../common/action.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import { audioNow } from "./audio/audio-clock.ts";
import { ChimeSchedule, chimeTargets } from "./audio/chime-schedule.ts";
import { playChime } from "./audio/chime-sound.ts";
import type { Speaker } from "./audio/speech.ts";
import { deliver } from "./catch-up.ts";
import type { PlayerClock } from "./clock.ts";
import { ACTIVE_KEY, type ActiveSession } from "./handoff.ts";
import type { PlayerSettings } from "./player-settings.ts";
import { noProbe, type Probe } from "./probe.ts";
import { createScheduler, type Fired, type Scheduler, type SchedulerState } from "./scheduler.ts";
import { sessionBody } from "./session-record.ts";
import { buildTimeline } from "./timeline.ts";
import { type FinishedSession, keepUnsaved, saveFinished } from "./unsaved-sessions.ts";
import { WakeTimer } from "./wake-timer.ts";

/** What the engine needs from the page; tests and the screen pass these in. */
export interface EngineDeps {
  readonly records: Records;
  readonly clock: PlayerClock;
  readonly speaker: Speaker;
  /** True when a voice exists; false makes voice mode fall back to chimes. */
  readonly voiced: boolean;
  readonly settings: PlayerSettings;
  /** The page's AudioContext, or null without Web Audio. */
  readonly audio: AudioContext | null;
  /** Where timing observations go (a bench's hook); none by default. */
  readonly probe?: Probe;
}

/**
 * How often a running session's place is saved between cues: a closed tab loses at most this,
 * and a reload can tell a page that was running (a recent state) from one that was gone.
 */
export const KEEP_PLACE_EVERY_MS = 15_000;

/** How long after a failed write of the finished session the player tries again by itself. */
export const SAVE_RETRY_MS = 15_000;

/**
 * One session being played: the scheduler, the sounds and the record, behind signals the
 * screen reads. Every wake-up (timer, worker, visibility, a button) just polls the scheduler.
 */
export class PlayerEngine {
  readonly status = signal<SchedulerState["status"]>("ready");
  readonly elapsed = signal(0);
  /** The finished session's record, once the session has ended. */
  readonly finished = signal<FinishedSession | null>(null);
  readonly recordedId = signal<string | null>(null);
  /** Why the finished session is not in the history yet, with a retry; null while all is well. */
  readonly saveProblem = signal<Problem | null>(null);
  readonly scheduler: Scheduler;
  readonly active: ActiveSession;
  #deps: EngineDeps;
  readonly #chimes: ChimeSchedule | null;
  readonly #wake: WakeTimer;
  readonly #ui: ReturnType<typeof setInterval>;
  /** Writes to the device, one after another; each catches its own failure, so this never rejects. */
  #saving: Promise<void> = Promise.resolve();
  #retry: ReturnType<typeof setTimeout> | undefined;
  /** Wall time of the last saved state. */
  #keptAt = 0;

  constructor(active: ActiveSession, deps: EngineDeps) {
    // The record id is made once per session, so however often its write is retried it is one.
    this.active = active.recordId ? active : { ...active, recordId: deps.records.newId() };
    this.#deps = deps;
    const timeline = buildTimeline(active.plan);
    this.scheduler = createScheduler(
      timeline,
      deps.clock,
      (batch) => this.#fire(batch),
      (state) => this.#changed(state),
      active.scheduler.status === "ready" ? undefined : active.scheduler,
    );
    this.#chimes = deps.audio
      ? new ChimeSchedule(deps.audio, chimeTargets(timeline), deps.settings.volume, this.#probe)
      : null;
    this.#wake = new WakeTimer(() => this.#tick(), this.#probe);
    this.#ui = setInterval(() => {
      this.#refresh();
      this.#keepRunningPlace();
    }, 250);
    this.status.value = this.scheduler.status();
    this.#refresh();
    // Opened again (a reload, a resume from Today): that is a touch, and the place it came back
    // to (paused, after a long gap) is what a further reload should find.
    if (this.status.value === "running" || this.status.value === "paused")
      this.#keepPlace(this.scheduler.state());
    if (this.status.value === "running") this.#resync();
  }

  /** Current settings (mode, volume, rate); changes apply to the next cue. */
  setSettings(settings: PlayerSettings): void {
    this.#deps = { ...this.#deps, settings };
    this.#chimes?.setVolume(settings.volume);
    this.#resync();
  }

  get settings(): PlayerSettings {
    return this.#deps.settings;
  }

  get #probe(): Probe {
    return this.#deps.probe ?? noProbe;
  }

  start(): void {
    this.#probe({
      type: "start",
      perf: this.#deps.clock.now(),
      audio: this.#deps.audio ? audioNow(this.#deps.audio) : null,
    });
    this.scheduler.start();
    this.#resync();
  }

  pause(): void {
    this.scheduler.pause();
    this.#deps.speaker.cancel();
    this.#resync();
  }

  resume(): void {
    this.scheduler.resume();
    this.#resync();
  }

  toggle(): void {
    if (this.status.value === "running") this.pause();
    else if (this.status.value === "paused") this.resume();
  }

  skip(): void {
    this.scheduler.skip();
    this.#resync();
  }

  back(): void {
    this.scheduler.back();
    this.#resync();
  }

  /** Ends before the plan's end and records what was done. */
  endEarly(): void {
    this.scheduler.end();
  }

  /** Lays the chimes out again once a suspended AudioContext runs (its clock stood still). */
  soundResumed(): void {
    this.#resync();
  }

  /** Polls now and repaints (e.g. when the page becomes visible again). */
  wake(): void {
    this.#tick();
    this.#refresh();
  }

  /** Resolves once the latest state and any record are written. */
  settled(): Promise<void> {
    return this.#saving;
  }

  dispose(): void {
    clearInterval(this.#ui);
    clearTimeout(this.#retry);
    this.#wake.dispose();
    this.#chimes?.cancel();
    this.#deps.speaker.cancel();
  }

  #tick(): void {
    this.scheduler.poll();
    this.#arm();
  }

  #arm(): void {
    const ms = this.scheduler.msToNext();
    if (ms === null) this.#wake.clear();
    else this.#wake.arm(ms);
    if (this.status.value === "running" && this.#chimesOn())
      this.#chimes?.sync(this.scheduler.elapsed());
  }

  /** After a pause, seek or settings change: drop queued chimes and lay them out again. */
  #resync(): void {
    this.#chimes?.cancel();
    this.#arm();
    this.#refresh();
  }

  #chimesOn(): boolean {
    return this.#deps.settings.mode !== "silent";
  }

  #refresh(): void {
    // Nobody sees a hidden page: skip the repaint so the main thread is free when a cue is due.
    if (typeof document !== "undefined" && document.visibilityState === "hidden") return;
    this.elapsed.value = this.scheduler.elapsed();
  }

  #fire(batch: readonly Fired[]): void {
    const now = this.#deps.clock.now();
    for (const f of batch)
      this.#probe({ type: f.event.kind, atMs: f.event.atMs, perf: now, lateMs: f.lateMs });
    const d = deliver(batch);
    const { mode, volume, rate } = this.#deps.settings;
    if (mode === "voice" && this.#deps.voiced && d.speak)
      this.#deps.speaker.speak(d.speak, volume, rate);
    if (mode === "silent") {
      const stepChange = batch.some(
        (f) => f.event.kind !== "cue" && (f.event.kind === "end" || f.event.step > 0),
      );
      const switchSide = batch.some(
        (f) => f.event.kind === "cue" && f.event.cue.kind === "switch-side",
      );
      if (stepChange) navigator.vibrate?.(300);
      else if (switchSide) navigator.vibrate?.([80, 80, 80]);
    } else if (d.chimeNow && this.#deps.audio) {
      playChime(this.#deps.audio, "chime", this.#deps.audio.currentTime, volume);
    }
  }

  #changed(state: SchedulerState): void {
    this.status.value = state.status;
    this.#refresh();
    const { records, clock } = this.#deps;
    if (state.status === "ended") {
      this.#wake.clear();
      const body = sessionBody(this.active, this.scheduler.timeline, state.elapsedMs, clock.wall());
      this.finished.value = { id: this.active.recordId ?? records.newId(), body };
      this.#saveFinished();
      return;
    }
    this.#keepPlace(state);
  }

  /** Between cues, a running session's place is saved every {@link KEEP_PLACE_EVERY_MS}. */
  #keepRunningPlace(): void {
    if (this.status.value !== "running") return;
    if (this.#deps.clock.wall() - this.#keptAt >= KEEP_PLACE_EVERY_MS)
      this.#keepPlace(this.scheduler.state());
  }

  #keepPlace(state: SchedulerState): void {
    const { records, clock } = this.#deps;
    this.#keptAt = clock.wall();
    const snapshot: ActiveSession = {
      ...this.active,
      scheduler: state,
      touchedAtWall: this.#keptAt,
    };
    // A lost snapshot costs only the resume point after a reload; the session plays on.
    this.#saving = this.#saving
      .then(() => records.setMeta(ACTIVE_KEY, snapshot))
      .catch((err: unknown) => console.warn("could not keep the session's place", err));
  }

  /**
   * Writes the finished session: first aside in localStorage (which outlives a reload), then to
   * the history. A failed write is said on screen and retried, by itself and by the button, and
   * the next start writes what is still aside; the record's fixed id keeps it one record.
   */
  #saveFinished(): void {
    const finished = this.finished.value;
    if (!finished) return;
    clearTimeout(this.#retry);
    const { records } = this.#deps;
    const kept = keepUnsaved(finished);
    this.#saving = this.#saving
      .then(async () => {
        await saveFinished(records, finished);
        this.saveProblem.value = null;
        this.recordedId.value = finished.id;
        await records.deleteMeta(ACTIVE_KEY);
      })
      .catch((err: unknown) => {
        console.warn("could not save the session", err);
        if (this.recordedId.value) return; // saved; only the player's place stayed behind
        const after = kept ? t("session.save.kept") : t("session.save.open-page");
        this.saveProblem.value = {
          message: `${problemMessage(t("session.save.what"), err)} ${after}`,
          retry: () => this.#saveFinished(),
        };
        this.#retry = setTimeout(() => this.#saveFinished(), SAVE_RETRY_MS);
      });
  }
}
