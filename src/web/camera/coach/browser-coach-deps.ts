import { detectors } from "../detector-loader.ts";
import { COACH_MODELS } from "../model-files.ts";
import type { CameraFeed, CoachDeps } from "./coach-controller.ts";

/**
 * The front camera playing into a video element of its own, off the page: the coach reads its
 * current frame when it is ready for the next one, so no frame is ever queued, kept or sent.
 */
async function openCameraFeed(): Promise<CameraFeed> {
  if (typeof navigator.mediaDevices?.getUserMedia !== "function")
    throw new DOMException("no camera access", "NotFoundError");
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: "user", width: { ideal: 640 }, height: { ideal: 480 } },
    audio: false,
  });
  const stop = () => {
    for (const track of stream.getTracks()) track.stop();
  };
  const video = document.createElement("video");
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  try {
    await video.play();
  } catch (err) {
    stop();
    throw err;
  }
  return {
    stream,
    frame: () => (video.readyState >= 2 && video.videoWidth > 0 ? video : undefined),
    stop() {
      stop();
      video.srcObject = null;
    },
  };
}

/** The coach's page-side needs: the real camera, the shared detector, the page's clock. */
export function browserCoachDeps(): CoachDeps {
  return {
    openCamera: openCameraFeed,
    detector: () => detectors.get(COACH_MODELS),
    release: () => detectors.release(COACH_MODELS),
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
