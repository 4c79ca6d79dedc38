import { describe, expect, it } from "vitest";
import { plainFace } from "../../../core/camera/face-fixtures.test-support.ts";
import { faceFrame, fromFace } from "../../../core/camera/face-frame.ts";
import type { HandTips } from "../../../core/camera/stroke-coach.ts";
import type { Detector } from "../landmark-detector.ts";
import type { Landmarks } from "../landmark-mapping.ts";
import {
  type CameraFeed,
  CoachController,
  type CoachDeps,
  type CoachFeedback,
} from "./coach-controller.ts";

const cheeks = { zone: "cheeks", side: "both", technique: "strokes" } as const;

/** A world with a fake clock: each detection takes `msPerFrame` and sees what `scene(t)` says. */
function world(options: {
  msPerFrame: number;
  scene?: (t: number) => Landmarks;
  camera?: () => Promise<CameraFeed>;
  detector?: () => Promise<Detector>;
}) {
  let t = 0;
  const log = { released: 0, cameraStopped: 0, frames: 0 };
  const feed: CameraFeed = {
    stream: undefined,
    frame: () => new Blob(),
    stop: () => {
      log.cameraStopped++;
    },
  };
  const detector: Detector = {
    backend: "wasm",
    set: "face-and-hands",
    async detect() {
      t += options.msPerFrame;
      log.frames++;
      return options.scene?.(t) ?? { face: plainFace, hands: [] };
    },
    close() {},
  };
  const deps: CoachDeps = {
    openCamera: options.camera ?? (async () => feed),
    detector: options.detector ?? (async () => detector),
    release: () => {
      log.released++;
    },
    now: () => t,
    sleep: async (ms) => {
      t += ms;
      // A real task, as a timer is: the loop must let the test's own timers run.
      await new Promise((r) => setTimeout(r, 0));
    },
  };
  return { coach: new CoachController(deps), log, time: () => t };
}

/** Runs the coach until `until` is true or the fake clock passes `ms`, then stops it. */
async function runUntil(
  coach: CoachController,
  time: () => number,
  ms: number,
  until = () => false,
) {
  const done = coach.start();
  while (time() < ms && !until() && coach.phase.value !== "stopped")
    await new Promise((r) => setTimeout(r, 0));
  if (coach.phase.value !== "stopped") coach.stop();
  await done;
}

describe("CoachController", () => {
  it("says once that the camera was refused, lets the models go, and stays out of the way", async () => {
    const refused = () => Promise.reject(new DOMException("no", "NotAllowedError"));
    const { coach, log } = world({ msPerFrame: 30, camera: refused });
    await coach.start();
    expect(coach.notice.value).toBe("camera-refused");
    expect(coach.phase.value).toBe("stopped");
    expect(log).toEqual({ released: 1, cameraStopped: 0, frames: 0 });
    coach.notice.value = undefined;
    await coach.start();
    expect(coach.notice.value).toBeUndefined();
  });

  it("tells a missing camera from a refused one, and models that cannot load", async () => {
    const missing = world({
      msPerFrame: 30,
      camera: () => Promise.reject(new DOMException("none", "NotFoundError")),
    });
    await missing.coach.start();
    expect(missing.coach.notice.value).toBe("no-camera");
    const broken = world({ msPerFrame: 30, detector: () => Promise.reject(new Error("offline")) });
    await broken.coach.start();
    expect(broken.coach.notice.value).toBe("models-failed");
    expect(broken.log.cameraStopped).toBe(0);
  });

  it("stops coaching on a device under 5 frames a second, judged after a full window of frames", async () => {
    const { coach, log, time } = world({ msPerFrame: 250 });
    coach.setRunning(true);
    coach.setStep(cheeks);
    await runUntil(coach, time, 20_000);
    expect(coach.notice.value).toBe("too-slow");
    expect(coach.phase.value).toBe("stopped");
    expect(log.cameraStopped).toBe(1);
    expect(log.released).toBe(1);
    // Three seconds of frames at four a second, and the first.
    expect(log.frames).toBe(13);
    expect(coach.fps.value).toBe(4);
  });

  it("keeps coaching at 10 frames a second, and reads nothing while paused", async () => {
    const { coach, log, time } = world({ msPerFrame: 100 });
    coach.setRunning(false);
    await runUntil(coach, time, 2000);
    expect(log.frames).toBe(0);
    const second = world({ msPerFrame: 100 });
    second.coach.setRunning(true);
    await runUntil(second.coach, second.time, 10_000);
    expect(second.coach.notice.value).toBeUndefined();
    expect(second.coach.fps.value).toBeCloseTo(10, 5);
    expect(second.coach.firstSeenAt).toBe(100);
  });

  it("says once, and goes on looking, when no face is found", async () => {
    const { coach, time } = world({
      msPerFrame: 50,
      scene: () => ({ face: undefined, hands: [] }),
    });
    coach.setRunning(true);
    await runUntil(coach, time, 6000);
    expect(coach.notice.value).toBe("no-face");
    expect(coach.firstSeenAt).toBeUndefined();
  });

  it("praises strokes outward on the cheek and counts them", async () => {
    const frame = faceFrame(plainFace);
    if (!frame) throw new Error("no frame");
    // Outward strokes on the person's left cheek, 0.7 s out and 0.3 s back, lifted in between.
    const scene = (t: number): Landmarks => {
      const phase = t % 1000;
      const hands: HandTips[] = [];
      if (phase < 700) {
        const x = 0.45 + (0.5 * phase) / 700;
        hands.push({
          index: fromFace(frame, { x, y: 0.58 }),
          middle: fromFace(frame, { x, y: 0.62 }),
        });
      }
      return { face: plainFace, hands };
    };
    const { coach, time } = world({ msPerFrame: 33, scene });
    coach.setRunning(true);
    coach.setStep(cheeks);
    const shown: CoachFeedback[] = [];
    coach.feedback.subscribe((f) => f && shown.push(f));
    await runUntil(coach, time, 8000);
    // Turning coaching off clears the line; what it last said is the last shown.
    expect(coach.feedback.value).toBeUndefined();
    const last = shown.at(-1);
    expect(last?.text).toBe("Good: outward.");
    expect(last?.tone).toBe("good");
    expect(last?.count).toMatch(/^[5-8] strokes$/);
    expect(shown.some((f) => f.text.includes("pressure") || f.text.includes("press"))).toBe(false);
  });
});
