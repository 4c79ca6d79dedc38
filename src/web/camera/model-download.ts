import { DETECTOR_WORKER_URL } from "./landmark-detector.ts";
import {
  filesToLoad,
  MODEL_CACHE,
  MODEL_MANIFEST,
  type ModelSet,
  parseManifest,
} from "./model-files.ts";

/** How far a download has come, in bytes. */
export interface DownloadProgress {
  readonly loaded: number;
  readonly total: number;
}

/** The binary tfjs will take on this browser, or none on WebGL. */
export type WasmChoice = "simd" | "plain" | "none";

/** The SIMD test tfjs-backend-wasm itself runs (from wasm-feature-detect), so we fetch its pick. */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0, 65, 0, 253, 15, 26,
  11,
]);

/** Which WebAssembly binary a backend needs here. */
export function wasmChoice(backend: "webgl" | "wasm"): WasmChoice {
  if (backend === "webgl") return "none";
  try {
    return WebAssembly.validate(SIMD_PROBE) ? "simd" : "plain";
  } catch {
    return "plain";
  }
}

/**
 * The manifest: from the server when it answers (a new one, for a new version of the models,
 * empties the cache first), else the copy kept with the models, so a device offline still knows
 * what it holds.
 */
async function currentManifest(cache: Cache) {
  let res: Response | undefined;
  try {
    res = await fetch(MODEL_MANIFEST, { cache: "no-cache" });
  } catch {
    res = undefined;
  }
  if (res?.ok) {
    const text = await res.text();
    const manifest = parseManifest(JSON.parse(text));
    const kept = await cache.match(MODEL_MANIFEST);
    if (kept && (await kept.text()) !== text) {
      for (const key of await cache.keys()) await cache.delete(key);
    }
    await cache.put(
      MODEL_MANIFEST,
      new Response(text, { headers: { "content-type": "application/json" } }),
    );
    return manifest;
  }
  const kept = await cache.match(MODEL_MANIFEST);
  if (!kept) throw new Error(res ? `the model list could not be read (${res.status})` : "offline");
  return parseManifest(await kept.json());
}

/**
 * Puts the files of a model set in Cache Storage, reporting progress as bytes arrive, so the
 * models load from the device afterwards (the service worker answers /models/ from this cache)
 * and work offline. Files already cached count as loaded at once. Returns the total size.
 */
export async function downloadModels(
  set: ModelSet,
  wasm: WasmChoice,
  onProgress: (p: DownloadProgress) => void = () => {},
  worker: string = DETECTOR_WORKER_URL,
): Promise<number> {
  const cache = await caches.open(MODEL_CACHE);
  const manifest = await currentManifest(cache);
  // Under `npm run dev` the worker is served by Vite, unlisted: it is not kept.
  const script = manifest.files[worker] ? worker : undefined;
  const files = filesToLoad(set, wasm, script).map((url) => ({
    url,
    bytes: manifest.files[url]?.bytes ?? 0,
  }));
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  let loaded = 0;
  onProgress({ loaded, total });
  for (const file of files) {
    if (await cache.match(file.url)) {
      loaded += file.bytes;
      onProgress({ loaded, total });
      continue;
    }
    const res = await fetch(file.url);
    if (!res.ok || !res.body)
      throw new Error(`${file.url} could not be downloaded (${res.status})`);
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      chunks.push(part.value);
      loaded += part.value.byteLength;
      onProgress({ loaded, total });
    }
    await cache.put(
      file.url,
      new Response(new Blob(chunks as BlobPart[]), { headers: res.headers }),
    );
  }
  return total;
}

/** True when every file a model set needs here is already on the device. */
export async function modelsCached(
  set: ModelSet,
  wasm: WasmChoice,
  worker: string = DETECTOR_WORKER_URL,
): Promise<boolean> {
  if (typeof caches === "undefined") return false;
  const cache = await caches.open(MODEL_CACHE);
  for (const url of filesToLoad(set, wasm, worker)) if (!(await cache.match(url))) return false;
  return true;
}
