import type { Context } from "hono";
import { type ContentCoding, pickCoding } from "./content-coding.ts";
import { startPagePath } from "./start-shell.ts";

/** A file the server can send, with what it needs for caching. */
export interface Asset {
  readonly body: Uint8Array;
  readonly mtimeMs: number;
  /** The body compressed with `coding`; null (or no method) when it is not worth it. */
  compressed?(coding: ContentCoding): Promise<Uint8Array | null>;
}

/** Reads built web files by URL path ("/index.html"); null when there is no such file. */
export interface AssetSource {
  read(path: string): Promise<Asset | null>;
}

const types: Readonly<Record<string, string>> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
  webmanifest: "application/manifest+json; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  webp: "image/webp",
  woff2: "font/woff2",
  txt: "text/plain; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
  map: "application/json; charset=utf-8",
  wav: "audio/wav",
  mp3: "audio/mpeg",
  // The camera's landmark models (/models/): WebAssembly must be served as such to compile
  // while it streams in; the weights are plain bytes.
  wasm: "application/wasm",
  bin: "application/octet-stream",
};

/** Vite writes content-hashed files under /assets/: they never change, so cache them for a year. */
export function cacheControlFor(path: string): string {
  return path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
}

function extension(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? path.slice(dot + 1).toLowerCase() : "";
}

/** Text formats (and WebAssembly) shrink several times when compressed; images and fonts do not. */
const compressible = new Set([
  "html",
  "js",
  "mjs",
  "css",
  "json",
  "webmanifest",
  "svg",
  "txt",
  "xml",
  "ics",
  "map",
  "wasm",
]);

/** One of several files served at one address: the request headers that choose it, and its name. */
interface Variant {
  readonly varies: readonly string[];
  readonly name: string;
}

async function respond(
  c: Context,
  path: string,
  asset: Asset,
  variant?: Variant,
): Promise<Response> {
  const varies = variant?.varies ?? [];
  // A variant's name is part of its tag: two variants of one size and date are still two.
  const tag = `${asset.body.byteLength.toString(16)}-${Math.trunc(asset.mtimeMs).toString(16)}${variant ? `-${variant.name}` : ""}`;
  const headers: Record<string, string> = {
    "content-type": types[extension(path)] ?? "application/octet-stream",
    "cache-control": cacheControlFor(path),
  };
  const compresses = compressible.has(extension(path));
  const vary = [...(compresses ? ["Accept-Encoding"] : []), ...varies];
  if (vary.length > 0) headers.vary = vary.join(", ");
  let body = asset.body;
  if (compresses) {
    const coding = asset.compressed ? pickCoding(c.req.header("accept-encoding")) : null;
    // A compression that fails costs only the saving: the file goes out as it is.
    const smaller = coding ? await asset.compressed?.(coding).catch(() => null) : null;
    if (coding && smaller) {
      body = smaller;
      headers["content-encoding"] = coding;
      // Each coding is its own representation, so each has its own tag (RFC 9110 §8.8.3).
      headers.etag = `W/"${tag}-${coding}"`;
    }
  }
  headers.etag ??= `W/"${tag}"`;
  if (c.req.header("if-none-match") === headers.etag) {
    return new Response(null, { status: 304, headers });
  }
  const payload = c.req.method === "HEAD" ? null : (body as Uint8Array<ArrayBuffer>);
  return new Response(payload, { status: 200, headers });
}

/**
 * Serves the built app: an exact file, a folder's index.html (pre-rendered pages), or, for a
 * page address with no file, the app shell so the client router can draw it. `/` gets the
 * start page for the device's first screen and language when the build wrote one
 * (start-shell.ts), so it varies with the cookie and the browser's languages. Returns null when
 * nothing fits, so the caller answers 404.
 */
export async function serveAsset(c: Context, assets: AssetSource): Promise<Response | null> {
  let path = decodeURIComponent(c.req.path);
  if (path.includes("\0") || path.split("/").includes("..")) return null;
  if (path === "/") {
    const startPath = startPagePath(c);
    const start = await assets.read(startPath);
    if (start) {
      const name = startPath.slice(startPath.lastIndexOf("/") + 1, -".html".length);
      return respond(c, "/index.html", start, { varies: ["Accept-Language", "Cookie"], name });
    }
  }
  if (path.endsWith("/")) path += "index.html";
  const exact = await assets.read(path);
  if (exact) return respond(c, path, exact);
  if (extension(path) !== "") return null;
  const folderIndex = `${path}/index.html`;
  const page = await assets.read(folderIndex);
  if (page) return respond(c, folderIndex, page);
  const shell = await assets.read("/index.html");
  return shell ? respond(c, "/index.html", shell) : null;
}
