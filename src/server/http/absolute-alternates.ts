import type { Asset, AssetSource } from "./static-assets.ts";

const ALTERNATE_HREF = /(<link rel="alternate" hreflang="[^"]+" href=")\//g;

/**
 * Makes the `hreflang` alternates of the pre-rendered pages absolute on `origin` (the server's
 * public address, `NURA_PUBLIC_URL`): search engines read only fully qualified alternates, and
 * the build, which writes them root-relative, does not know where the site is served. Other
 * files, and every file when no public address is set, are left as they are. Compression comes
 * after this, so a page is rewritten and compressed once per version.
 */
export function absoluteAlternates(source: AssetSource, origin: string | undefined): AssetSource {
  if (origin === undefined) return source;
  const base = origin.replace(/\/+$/, "");
  return {
    async read(path: string): Promise<Asset | null> {
      const asset = await source.read(path);
      if (asset === null || !path.endsWith(".html")) return asset;
      const page = new TextDecoder().decode(asset.body);
      if (!page.includes("hreflang=")) return asset;
      const body = new TextEncoder().encode(page.replace(ALTERNATE_HREF, `$1${base}/`));
      return { ...asset, body };
    },
  };
}
