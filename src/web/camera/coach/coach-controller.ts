import { type Signal, signal } from "@preact/signals";
import {
  type CoachState,
  type CoachStep,
  startCoach,
  updateCoach,
} from "../../../core/camera/stroke-coach.ts";
import type { Detector, Picture } from "../landmark-detector.ts";
import { type CoachNotice, coachTone, coachWords, countWords } from "./coach-words.ts";

/** A live camera the coach reads frames from. */
export interface CameraFeed {
  readonly stream: MediaStream | undefined;
  /** The current frame, or undefined while the camera has none yet. */
  frame(): Picture | undefined;
  stop(): void;
}

/** What the coach needs from the page, passed in so a test can replace each. */
export interface CoachDeps {
  /** Opens the front camera; rejects with the browser's DOMException when it cannot. */
  readonly openCamera: () => Promise<CameraFeed>;
  /** The face-and-hands detector (downloaded the first time). */
  readonly detector: () => Promise<Detector>;
  /** Lets the detector go when coaching ends. */
  readonly release: () => void;
  /** A monotonic clock, ms. */
  readonly now: () => number;
  /** Waits a little (between frames when none is ready, and to yield to the page). */
  readonly sleep: (ms: number) => Promise<void>;
}

/** The coach's thresholds. */
export const COACH_LIMITS = {
  /** Under this many frames a second, coaching stops (the floor). */
  minFps: 5,
  /** Frames are counted over this window before the speed is judged. */
  fpsWindowMs: 3000,
  /** No face at all this long after the camera starts, and that is said once. */
  noFaceMs: 4000,
} as const;

/** What the feedback line shows. */
export interface CoachFeedback {
  readonly text: string;
  readonly tone: "good" | "guide";
  /** "3 strokes", or "" */
  readonly count: string;
}

/** Where the coach is. */
export type CoachPhase = "off" | "starting" | "watching" | "stopped";

/**
 * The live coach: opens the camera, runs the face-and-hands models on its frames one after the
 * other, feeds core's stroke coach the step the player is on, and keeps what the screen shows in
 * signals. It degrades gracefully: no camera, a refused camera, models that cannot load, a
 * device under {@link COACH_LIMITS.minFps} or a face never found are each said once as a notice,
 * and the session goes on. Frames and landmarks stay in memory, one at a time, and are never
 * stored or sent.
 */
export class CoachController {
  readonly phase: Signal<CoachPhase> = signal("off");
  readonly feedback: Signal<CoachFeedback | undefined> = signal(undefined);
  readonly notice: Signal<CoachNotice | undefined> = signal(undefined);
  readonly stream: Signal<MediaStream | undefined> = signal(undefined);
  /** Frames read a second, over the last window. */
  readonly fps: Signal<number> = signal(0);
  /** When the first frame with a face was read (ms on `now`), for the bench. */
  firstSeenAt: number | undefined;
  /** When the first feedback line was shown (ms on `now`), for the bench. */
  firstFeedbackAt: number | undefined;
  startedAt = 0;

  readonly #deps: CoachDeps;
  readonly #said = new Set<CoachNotice>();
  #feed: CameraFeed | undefined;
  #state: CoachState | undefined;
  #step: CoachStep | undefined;
  #running = false;
  #generation = 0;
  #frames: number[] = [];
  /** When frames began to be read without a pause: the speed is judged a full window after. */
  #readingSince: number | undefined;
  #watchingSince = 0;
  #showFaceSaid = false;

  constructor(deps: CoachDeps) {
    this.#deps = deps;
  }

  /** Turns coaching on: camera, models, then frame after frame until {@link stop}. */
  async start(): Promise<void> {
    if (this.phase.value === "starting" || this.phase.value === "watching") return;
    const generation = ++this.#generation;
    this.phase.value = "starting";
    this.startedAt = this.#deps.now();
    this.firstSeenAt = undefined;
    this.firstFeedbackAt = undefined;
    this.#frames = [];
    let detector: Detector;
    try {
      const [feed, d] = await Promise.all([
        this.#deps.openCamera().catch((err: unknown) => {
          throw { notice: cameraNotice(err) };
        }),
        this.#deps.detector().catch(() => {
          throw { notice: "models-failed" as const };
        }),
      ]);
      this.#feed = feed;
      detector = d;
    } catch (failure) {
      this.#end(generation, (failure as { notice?: CoachNotice }).notice ?? "models-failed");
      return;
    }
    if (generation !== this.#generation) {
      this.#feed?.stop();
      return;
    }
    this.stream.value = this.#feed?.stream;
    this.#watchingSince = this.#deps.now();
    this.phase.value = "watching";
    await this.#loop(generation, detector);
  }

  /** The step the player is on (undefined between steps or at the end); a new one starts afresh. */
  setStep(step: CoachStep | undefined): void {
    this.#step = step;
    this.#state = undefined;
    this.#showFaceSaid = false;
    this.feedback.value = undefined;
  }

  /** Pauses and resumes with the player: no frames are read while paused. */
  setRunning(running: boolean): void {
    this.#running = running;
  }

  /** Turns coaching off: the camera stops and the models are let go. */
  stop(): void {
    this.#generation++;
    this.#closeAll();
    this.phase.value = "off";
    this.feedback.value = undefined;
  }

  async #loop(generation: number, detector: Detector): Promise<void> {
    const { now, sleep } = this.#deps;
    while (generation === this.#generation) {
      const picture = this.#running ? this.#feed?.frame() : undefined;
      if (!picture) {
        // A pause is no slowness: the speed is measured afresh once frames come again.
        this.#frames = [];
        this.#readingSince = undefined;
        await sleep(100);
        continue;
      }
      let found: Awaited<ReturnType<Detector["detect"]>>;
      try {
        found = await detector.detect(picture);
      } catch {
        this.#end(generation, "models-failed");
        return;
      }
      if (generation !== this.#generation) return;
      const t = now();
      this.#count(t);
      if (found.face && this.firstSeenAt === undefined) this.firstSeenAt = t;
      if (this.firstSeenAt === undefined && t - this.#watchingSince >= COACH_LIMITS.noFaceMs)
        this.#say("no-face");
      // What this frame shows is said before the speed is judged, so even a slow device hears it.
      this.#follow(t, found);
      if (this.#tooSlow(t)) {
        this.#end(generation, "too-slow");
        return;
      }
      // Let the page breathe between frames (the worker does the work, but replies queue).
      await sleep(0);
    }
  }

  #follow(t: number, found: Awaited<ReturnType<Detector["detect"]>>): void {
    const step = this.#step;
    if (!step) return;
    this.#state ??= startCoach(step, t);
    const { state, update } = updateCoach(this.#state, { t, face: found.face, hands: found.hands });
    this.#state = state;
    if (found.face) this.#showFaceSaid = false;
    const m = update.message;
    const count = update.count > 0 ? countWords(step.technique, update.count) : "";
    // "Show your face" once until the face has been seen again: never nagging.
    const quiet = m?.code === "show-face" && this.#showFaceSaid;
    if (m?.code === "show-face") this.#showFaceSaid = true;
    if (m && !quiet) {
      this.feedback.value = { text: coachWords(m), tone: coachTone(m), count };
      this.firstFeedbackAt ??= t;
    } else if (this.feedback.value && this.feedback.value.count !== count)
      this.feedback.value = { ...this.feedback.value, count };
  }

  #count(t: number): void {
    this.#readingSince ??= t;
    this.#frames.push(t);
    while ((this.#frames[0] ?? t) < t - COACH_LIMITS.fpsWindowMs) this.#frames.shift();
    const span = t - (this.#frames[0] ?? t);
    this.fps.value = span > 0 ? ((this.#frames.length - 1) * 1000) / span : 0;
  }

  /** Judged once frames have been read for a full window (the first, slow one not counted). */
  #tooSlow(t: number): boolean {
    const since = this.#readingSince;
    return (
      since !== undefined &&
      t - since >= COACH_LIMITS.fpsWindowMs &&
      this.fps.value < COACH_LIMITS.minFps
    );
  }

  #say(notice: CoachNotice): void {
    if (this.#said.has(notice)) return;
    this.#said.add(notice);
    this.notice.value = notice;
  }

  #end(generation: number, notice: CoachNotice): void {
    if (generation !== this.#generation) return;
    this.#closeAll();
    this.#say(notice);
    this.phase.value = "stopped";
  }

  #closeAll(): void {
    this.#feed?.stop();
    this.#feed = undefined;
    this.stream.value = undefined;
    this.#state = undefined;
    this.#deps.release();
  }
}

/** Which notice a failed camera start gives. */
export function cameraNotice(err: unknown): CoachNotice {
  const name = err instanceof DOMException ? err.name : "";
  return name === "NotAllowedError" || name === "SecurityError" ? "camera-refused" : "no-camera";
}
