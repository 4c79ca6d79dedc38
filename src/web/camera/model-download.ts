import {
  MODEL_BASE,
  MODEL_CACHE,
  MODEL_FILES,
  MODEL_MANIFEST,
  type ModelSet,
  WASM_BASE,
  WASM_FILES,
} from "./model-files.ts";

/** How far a download has come, in bytes. */
export interface DownloadProgress {
  readonly loaded: number;
  readonly total: number;
}

/** The files of a model set with their sizes, from the manifest the build writes. */
async function filesOf(set: ModelSet): Promise<{ url: string; bytes: number }[]> {
  const res = await fetch(MODEL_MANIFEST);
  if (!res.ok) throw new Error(`the model list could not be read (${res.status})`);
  const sizes = (await res.json()) as Record<string, number>;
  const names = [
    ...MODEL_FILES[set].map((f) => MODEL_BASE + f),
    ...WASM_FILES.map((f) => WASM_BASE + f),
  ];
  return names.map((url) => ({ url, bytes: sizes[url] ?? 0 }));
}

/**
 * Puts a model set in Cache Storage, reporting progress as bytes arrive, so the landmark models
 * load from the device afterwards (the service worker answers /models/ from this cache) and work
 * offline. Files already cached are counted as loaded at once. Returns the total size.
 */
export async function downloadModels(
  set: ModelSet,
  onProgress: (p: DownloadProgress) => void = () => {},
): Promise<number> {
  const files = await filesOf(set);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  const cache = await caches.open(MODEL_CACHE);
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

/** True when every file of a model set is already on the device. */
export async function modelsCached(set: ModelSet): Promise<boolean> {
  const cache = await caches.open(MODEL_CACHE);
  const names = [
    ...MODEL_FILES[set].map((f) => MODEL_BASE + f),
    ...WASM_FILES.map((f) => WASM_BASE + f),
  ];
  for (const url of names) if (!(await cache.match(url))) return false;
  return true;
}
