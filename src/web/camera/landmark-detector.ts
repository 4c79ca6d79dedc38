import type { Backend } from "./backend-choice.ts";
import type { DetectorReply, DetectorRequest } from "./detector-protocol.ts";
// The worker's own URL (its built, hashed script), so the model download can keep it on the
// device with the models: the service worker does not precache it.
import workerUrl from "./detector-worker.ts?worker&url";
import type { Landmarks } from "./landmark-mapping.ts";
import type { ModelSet } from "./model-files.ts";

/** Where the detector worker's script is served. */
export const DETECTOR_WORKER_URL: string = workerUrl;

/** Something the models can look at: a video frame, a canvas, a picture or an image file. */
export type Picture = HTMLVideoElement | HTMLCanvasElement | HTMLImageElement | ImageBitmap | Blob;

/** A loaded detector. */
export interface Detector {
  readonly backend: Backend;
  readonly set: ModelSet;
  /** The landmarks in the picture's own pixel coordinates. */
  detect(picture: Picture): Promise<Landmarks>;
  /** Ends the worker; a detector is not used after this. */
  close(): void;
}

/**
 * Starts the detector worker (Human and TensorFlow.js, its own chunk, loaded only here) and loads
 * a model set in it: the face alone for photos, face and hands for coaching. The files must be
 * on the device or reachable on our origin (see model-download.ts). Each picture is copied into an
 * ImageBitmap and handed over, so the page never waits on a model.
 */
export function loadDetector(set: ModelSet, backend: Backend): Promise<Detector> {
  const worker = new Worker(DETECTOR_WORKER_URL, { type: "module", name: "landmarks" });
  const waiting = new Map<number, { ok: (l: Landmarks) => void; fail: (e: Error) => void }>();
  let nextId = 1;
  let broken: Error | undefined;
  const failAll = (err: Error) => {
    broken = err;
    for (const w of waiting.values()) w.fail(err);
    waiting.clear();
  };
  return new Promise<Detector>((resolve, reject) => {
    worker.onerror = (e) => {
      const err = new Error(`the landmark worker stopped: ${e.message}`);
      reject(err);
      failAll(err);
    };
    worker.onmessage = (event: MessageEvent<DetectorReply>) => {
      const r = event.data;
      if (r.kind === "loaded") resolve(detector);
      else if (r.kind === "failed" && r.id === undefined) {
        worker.terminate();
        reject(new Error(r.message));
      } else if (r.id !== undefined) {
        const w = waiting.get(r.id);
        waiting.delete(r.id);
        if (r.kind === "found") w?.ok(r.landmarks);
        else w?.fail(new Error(r.message));
      }
    };
    const post = (req: DetectorRequest, transfer: Transferable[] = []) =>
      worker.postMessage(req, transfer);
    const detector: Detector = {
      backend,
      set,
      async detect(picture) {
        if (broken) throw broken;
        const bitmap = await createImageBitmap(picture);
        const id = nextId++;
        return new Promise<Landmarks>((ok, fail) => {
          waiting.set(id, { ok, fail });
          post({ kind: "detect", id, picture: bitmap }, [bitmap]);
        });
      },
      close() {
        worker.terminate();
        failAll(new Error("the detector was closed"));
      },
    };
    post({ kind: "load", set, backend });
  });
}
