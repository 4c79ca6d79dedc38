/**
 * The landmark models and the WebAssembly that runs them, served from our own origin under
 * /models/ (copied there from their npm packages at build time by src/site/models-plugin.ts).
 * Nothing is fetched from anywhere else: Human's defaults point at a CDN, so every path below is
 * set explicitly.
 */
export const MODEL_BASE = "/models/";
/** The folder of tfjs-backend-wasm's binaries (the plain and the SIMD build). */
export const WASM_BASE = "/models/wasm/";
/** The list of files with their sizes, written by the build beside them. */
export const MODEL_MANIFEST = "/models/manifest.json";

/** Which models a use needs: a face alone (photos), or a face and hands (coaching). */
export type ModelSet = "face" | "face-and-hands";

/** The camera coach follows the face and the hands. */
export const COACH_MODELS: ModelSet = "face-and-hands";

const FACE = ["blazeface.json", "blazeface.bin", "facemesh.json", "facemesh.bin"] as const;
const HANDS = [
  "handtrack.json",
  "handtrack.bin",
  "handlandmark-lite.json",
  "handlandmark-lite.bin",
] as const;

/** Model files by use, as named in @vladmandic/human's models folder. */
export const MODEL_FILES: Readonly<Record<ModelSet, readonly string[]>> = {
  face: FACE,
  "face-and-hands": [...FACE, ...HANDS],
};

/**
 * The WebAssembly binaries; tfjs takes the SIMD one when the browser can run it. The threaded
 * build is left out: it needs a cross-origin isolated page, which Nura is not.
 */
export const WASM_FILES = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm"] as const;

/** The Cache Storage the models are kept in after their first download, for offline use. */
export const MODEL_CACHE = "nura-models-v1";

/** One file of the manifest: its size as served, and gzipped (for a proxy that compresses). */
export interface ModelFileSize {
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * What the build writes to {@link MODEL_MANIFEST}: the packages' versions (a new one empties the
 * device's model cache) and every file by its URL path: the models, the WebAssembly, and the
 * landmark worker's script (under /assets/, hashed).
 */
export interface ModelManifest {
  readonly version: string;
  readonly files: Readonly<Record<string, ModelFileSize>>;
}

/** Reads a manifest, or says what is wrong with it. */
export function parseManifest(value: unknown): ModelManifest {
  const m = value as Partial<ModelManifest> | null;
  if (!m || typeof m.version !== "string" || typeof m.files !== "object" || m.files === null)
    throw new Error("the model list is not in the expected form");
  for (const [url, size] of Object.entries(m.files)) {
    const place = url.startsWith(MODEL_BASE) || url.startsWith("/assets/");
    if (!place || !Number.isInteger(size?.bytes) || size.bytes <= 0)
      throw new Error(`the model list has a bad entry for ${url}`);
  }
  return m as ModelManifest;
}

/**
 * The URLs a model set loads: the worker's script when given, its model files, and on the WASM
 * backend the one binary tfjs will take (SIMD or not), never both.
 */
export function filesToLoad(
  set: ModelSet,
  wasm: "simd" | "plain" | "none",
  worker?: string,
): readonly string[] {
  const models = MODEL_FILES[set].map((f) => MODEL_BASE + f);
  const script = worker ? [worker] : [];
  if (wasm === "none") return [...script, ...models];
  const binary = wasm === "simd" ? "tfjs-backend-wasm-simd.wasm" : "tfjs-backend-wasm.wasm";
  return [...script, ...models, WASM_BASE + binary];
}
