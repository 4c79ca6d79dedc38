/// <reference lib="webworker" />
import { Human } from "@vladmandic/human";
import type { Backend } from "./backend-choice.ts";
import type { DetectorReply, DetectorRequest } from "./detector-protocol.ts";
import { anchorsFromMesh, type ModelPoint, tipsFromKeypoints } from "./landmark-mapping.ts";
import { MODEL_BASE, type ModelSet, WASM_BASE } from "./model-files.ts";

/**
 * The landmark models (Human over TensorFlow.js) in a worker of their own, so a frame that takes
 * a quarter of a second to read never holds up the page: the player's clock, captions and voice
 * go on while the coach looks. Every file comes from our own origin (/models/).
 */
function humanFor(set: ModelSet, backend: Backend): Human {
  return new Human({
    backend,
    wasmPath: WASM_BASE,
    modelBasePath: MODEL_BASE,
    // The device's model cache (Cache Storage) keeps the files; a copy in IndexedDB would double it.
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
      enabled: set === "face-and-hands",
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
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let human: Human | undefined;
const reply = (r: DetectorReply) => scope.postMessage(r);
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

scope.onmessage = async (event: MessageEvent<DetectorRequest>) => {
  const req = event.data;
  if (req.kind === "load") {
    try {
      human = humanFor(req.set, req.backend);
      await human.load();
      // Human reports a model it could not load only in its log; say it plainly instead.
      if (human.models.loaded().length < (req.set === "face" ? 2 : 4))
        throw new Error("the landmark models did not load");
      reply({ kind: "loaded" });
    } catch (err) {
      reply({ kind: "failed", message: messageOf(err) });
    }
    return;
  }
  try {
    if (!human) throw new Error("the models are not loaded");
    const result = await human.detect(req.picture);
    const face = result.face[0];
    reply({
      kind: "found",
      id: req.id,
      landmarks: {
        face: face ? anchorsFromMesh(face.mesh as readonly ModelPoint[]) : undefined,
        hands: result.hand.map((h) => tipsFromKeypoints(h.keypoints as readonly ModelPoint[])),
      },
    });
  } catch (err) {
    reply({ kind: "failed", id: req.id, message: messageOf(err) });
  } finally {
    req.picture.close();
  }
};
