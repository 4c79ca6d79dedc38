import type { FaceAnchors } from "../../core/camera/face-anchors.ts";
import type { HandTips } from "../../core/camera/stroke-coach.ts";
import { type Backend, chooseBackend } from "./backend-choice.ts";
import { anchorsFromMesh, type ModelPoint, tipsFromKeypoints } from "./landmark-mapping.ts";
import { MODEL_BASE, type ModelSet, WASM_BASE } from "./model-files.ts";

/** What the models found in one picture, in its pixel coordinates. */
export interface Landmarks {
  readonly face: FaceAnchors | undefined;
  readonly hands: readonly HandTips[];
}

/** Something the models can look at. */
export type Picture = HTMLVideoElement | HTMLCanvasElement | HTMLImageElement | ImageBitmap;

/** A loaded detector. */
export interface Detector {
  readonly backend: Backend;
  detect(picture: Picture): Promise<Landmarks>;
}

/**
 * Loads the landmark models (Human, over TensorFlow.js) for a use: the face alone for photos,
 * face and hands for coaching. Human itself is loaded only here, as its own chunk, and every
 * file comes from our own origin (the models and the WebAssembly under /models/).
 */
export async function loadDetector(
  set: ModelSet,
  backend: Backend = chooseBackend(),
): Promise<Detector> {
  const { Human } = await import("@vladmandic/human");
  const hands = set === "face-and-hands";
  const human = new Human({
    backend,
    wasmPath: WASM_BASE,
    modelBasePath: MODEL_BASE,
    // The service worker keeps the model files; a second copy in IndexedDB would double the space.
    cacheModels: false,
    debug: false,
    warmup: "none",
    face: {
      enabled: true,
      detector: { modelPath: "blazeface.json", rotation: true, maxDetected: 1 },
      mesh: { enabled: true, modelPath: "facemesh.json" },
      iris: { enabled: false },
      emotion: { enabled: false },
      description: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
    },
    hand: {
      enabled: hands,
      maxDetected: 2,
      landmarks: true,
      detector: { modelPath: "handtrack.json" },
      skeleton: { modelPath: "handlandmark-lite.json" },
    },
    body: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    filter: { enabled: false },
  });
  await human.load();
  return {
    backend,
    async detect(picture) {
      const result = await human.detect(picture);
      const face = result.face[0];
      return {
        face: face ? anchorsFromMesh(face.mesh as readonly ModelPoint[]) : undefined,
        hands: result.hand.map((h) => tipsFromKeypoints(h.keypoints as readonly ModelPoint[])),
      };
    },
  };
}
