import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { compressedAssets } from "./compressed-assets.ts";
import { type Asset, type AssetSource, serveAsset } from "./static-assets.ts";

const script = "export const steps = ['forehead', 'cheeks', 'jawline'];\n".repeat(200);
const files: Record<string, Uint8Array> = {
  "/assets/app-abc.js": new TextEncoder().encode(script),
  "/assets/tiny-abc.js": new TextEncoder().encode("export {};"),
  "/icon.png": new Uint8Array(4096).map((_, i) => (i * 7919) % 251),
  "/index.html": new TextEncoder().encode(
    `<!doctype html><title>Nura</title>${"<p>x</p>".repeat(400)}`,
  ),
};

function countingSource(): AssetSource & { reads: number } {
  const source = {
    reads: 0,
    async read(path: string): Promise<Asset | null> {
      source.reads += 1;
      const body = files[path];
      return body ? { body, mtimeMs: 1_700_000_000_000 } : null;
    },
  };
  return source;
}

function app(source: AssetSource) {
  const hono = new Hono();
  hono.get("*", async (c) => (await serveAsset(c, source)) ?? c.notFound());
  return hono;
}

describe("compressed static files", () => {
  it("sends brotli or gzip as the client asks, and the same bytes once decoded", async () => {
    const server = app(compressedAssets(countingSource()));
    const br = await server.request("/assets/app-abc.js", {
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    const brBytes = new Uint8Array(await br.arrayBuffer());
    expect(brBytes.byteLength).toBeLessThan(files["/assets/app-abc.js"]?.byteLength ?? 0);
    expect(brotliDecompressSync(brBytes).toString()).toBe(script);

    const gz = await server.request("/assets/app-abc.js", {
      headers: { "accept-encoding": "gzip" },
    });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString()).toBe(script);

    const plain = await server.request("/assets/app-abc.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
  });

  it("gives each coding its own ETag, so a 304 never confirms the wrong representation", async () => {
    const server = app(compressedAssets(countingSource()));
    const br = await server.request("/index.html", { headers: { "accept-encoding": "br" } });
    const plain = await server.request("/index.html");
    const brTag = br.headers.get("etag") ?? "";
    expect(brTag).toMatch(/-br"$/);
    expect(plain.headers.get("etag")).not.toBe(brTag);
    const again = await server.request("/index.html", {
      headers: { "accept-encoding": "br", "if-none-match": brTag },
    });
    expect(again.status).toBe(304);
    const otherCoding = await server.request("/index.html", {
      headers: { "accept-encoding": "gzip", "if-none-match": brTag },
    });
    expect(otherCoding.status).toBe(200);
  });

  it("leaves images and tiny files as they are", async () => {
    const server = app(compressedAssets(countingSource()));
    const png = await server.request("/icon.png", { headers: { "accept-encoding": "br" } });
    expect(png.headers.get("content-encoding")).toBeNull();
    expect(png.headers.get("vary")).toBeNull();
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(files["/icon.png"]);
    const tiny = await server.request("/assets/tiny-abc.js", {
      headers: { "accept-encoding": "br" },
    });
    expect(tiny.headers.get("content-encoding")).toBeNull();
    expect(await tiny.text()).toBe("export {};");
  });

  it("compresses a file once per coding, also when requests arrive together", async () => {
    const source = compressedAssets(countingSource());
    const asset = await source.read("/assets/app-abc.js");
    const [a, b] = await Promise.all([asset?.compressed?.("br"), asset?.compressed?.("br")]);
    expect(a).toBeDefined();
    expect(b).toBe(a);
    const later = await (await source.read("/assets/app-abc.js"))?.compressed?.("br");
    expect(later).toBe(a);
  });

  it("forgets the oldest copies past its memory bound", async () => {
    const source = compressedAssets(countingSource(), 1);
    const first = await (await source.read("/assets/app-abc.js"))?.compressed?.("br");
    await (await source.read("/index.html"))?.compressed?.("br");
    const again = await (await source.read("/assets/app-abc.js"))?.compressed?.("br");
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
