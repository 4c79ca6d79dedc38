import { readFile, stat } from "node:fs/promises";
import { join, normalize, sep } from "node:path";
import type { Asset, AssetSource } from "./static-assets.ts";

/** Reads built web files from a folder on disk, refusing any path that escapes it. */
export function fsAssets(root: string): AssetSource {
  const base = normalize(root + sep);
  return {
    async read(path: string): Promise<Asset | null> {
      const file = normalize(join(base, path));
      if (!file.startsWith(base)) return null;
      try {
        const info = await stat(file);
        if (!info.isFile()) return null;
        return { body: await readFile(file), mtimeMs: info.mtimeMs };
      } catch {
        return null;
      }
    },
  };
}
