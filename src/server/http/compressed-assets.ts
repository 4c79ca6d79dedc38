import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { ContentCoding } from "./content-coding.ts";
import type { Asset, AssetSource } from "./static-assets.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files smaller than this gain too little from compression to be worth a header. */
const minBytes = 1024;
/** Brotli's best level is slow on large files (the landmark models' WebAssembly): level 5 there. */
const bestLevelUpTo = 512 * 1024;

function compress(body: Uint8Array, coding: ContentCoding): Promise<Uint8Array> {
  if (coding === "gzip") return gzipAsync(body, { level: 9 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: body.byteLength <= bestLevelUpTo ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}

/**
 * Adds compressed copies to the files of `source`, made once per file version and coding on the
 * first request that asks (off the event loop, in zlib's threads) and kept in memory up to
 * `maxCachedBytes`, the oldest dropped first. A file that would not shrink is sent as it is.
 */
export function compressedAssets(
  source: AssetSource,
  maxCachedBytes = 64 * 1024 * 1024,
): AssetSource {
  const cache = new Map<string, Promise<Uint8Array | null>>();
  const sizes = new Map<string, number>();
  let cachedBytes = 0;

  function remember(key: string, size: number): void {
    sizes.set(key, size);
    cachedBytes += size;
    for (const [oldest, bytes] of sizes) {
      if (cachedBytes <= maxCachedBytes) break;
      sizes.delete(oldest);
      cache.delete(oldest);
      cachedBytes -= bytes;
    }
  }

  return {
    async read(path: string): Promise<Asset | null> {
      const asset = await source.read(path);
      if (!asset || asset.body.byteLength < minBytes) return asset;
      return {
        ...asset,
        compressed(coding: ContentCoding): Promise<Uint8Array | null> {
          const key = `${coding} ${asset.mtimeMs} ${path}`;
          const known = cache.get(key);
          if (known) return known;
          const made = compress(asset.body, coding).then(
            (bytes) => {
              const worth = bytes.byteLength < asset.body.byteLength * 0.9 ? bytes : null;
              remember(key, worth?.byteLength ?? 0);
              return worth;
            },
            (error: unknown) => {
              cache.delete(key);
              throw error;
            },
          );
          cache.set(key, made);
          return made;
        },
      };
    },
  };
}
