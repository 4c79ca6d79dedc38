/**
 * The landmark models and the WebAssembly that runs them, served from our own origin under
 * /models/ (copied there from their npm packages at build time). Nothing is fetched from anywhere
 * else: Human's defaults point at a CDN, so every path below is set explicitly.
 */
export const MODEL_BASE = "/models/";
/** The folder of tfjs-backend-wasm's binaries (the plain and the SIMD build). */
export const WASM_BASE = "/models/wasm/";
/** The list of files with their sizes, written by the build beside them. */
export const MODEL_MANIFEST = "/models/manifest.json";

/** Which models a use needs: a face alone (photos), or a face and hands (coaching). */
export type ModelSet = "face" | "face-and-hands";

/** Model files by use, as named in @vladmandic/human's models folder. */
export const MODEL_FILES: Readonly<Record<ModelSet, readonly string[]>> = {
  face: ["blazeface.json", "blazeface.bin", "facemesh.json", "facemesh.bin"],
  "face-and-hands": [
    "blazeface.json",
    "blazeface.bin",
    "facemesh.json",
    "facemesh.bin",
    "handtrack.json",
    "handtrack.bin",
    "handlandmark-lite.json",
    "handlandmark-lite.bin",
  ],
};

/** The WebAssembly binaries; the browser takes the SIMD one when it can. */
export const WASM_FILES = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm"] as const;

/** The Cache Storage the models are kept in after their first download, for offline use. */
export const MODEL_CACHE = "nura-models-v1";
