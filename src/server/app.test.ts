import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApp, maxBodyBytes } from "./app.ts";
import { errorHandler } from "./http/error-handler.ts";
import { readJson } from "./http/read-json.ts";
import type { Asset, AssetSource } from "./http/static-assets.ts";
import { silentLogger } from "./logger.ts";
import { openMigratedStore } from "./store/open-store.ts";
import type { Store } from "./store/store.ts";

function memoryAssets(files: Record<string, string>): AssetSource {
  return {
    async read(path): Promise<Asset | null> {
      const text = files[path];
      return text === undefined
        ? null
        : { body: new TextEncoder().encode(text), mtimeMs: 1_700_000_000_000 };
    },
  };
}

const assets = memoryAssets({
  "/index.html": "<!doctype html><title>Nura</title>",
  "/assets/index-abc123.js": "console.log(1)",
  "/models/wasm/tfjs-backend-wasm-simd.wasm": "\0asm",
  "/models/facemesh.bin": "weights",
  "/icon.svg": "<svg/>",
  "/learn/guides/drainage/index.html": "<h1>Drainage</h1>",
});

describe("the HTTP app", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await openMigratedStore({ sqliteFile: ":memory:" });
    app = createApp({ store, assets, logger: silentLogger });
  });
  afterAll(() => store.close());

  it("answers /healthz with the database kind", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "sqlite" });
  });

  it("answers /healthz 503 when the database does not answer", async () => {
    const down: Store = { ...store, ping: async () => false };
    const res = await createApp({ store: down }).request("/healthz");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: { code: "unavailable", message: "the database is not answering" },
    });
  });

  it("answers unknown API routes with a 404 JSON error", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const res = await app.request("/api/nothing/here", { method });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(await res.json()).toEqual({
        error: { code: "not-found", message: "no such API route" },
      });
    }
  });

  it("refuses a body declared over 1 MiB with 413 before reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode("x".repeat(64 * 1024)));
      },
    });
    const res = await app.request("/api/sync/push", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(maxBodyBytes + 1) },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: { code: "payload-too-large", message: "the request body is over 1 MiB" },
    });
    // The stream's first chunk may be buffered ahead, but nothing was read through.
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("refuses a body of undeclared size once it passes 1 MiB, and lets a smaller one through", async () => {
    const big = await app.request("/api/anything", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "x".repeat(maxBodyBytes + 1),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      error: { code: "payload-too-large", message: "the request body is over 1 MiB" },
    });
    const small = await app.request("/api/plan", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(small.status).toBe(400);
  });

  it("sets the security headers on every response", async () => {
    for (const path of ["/healthz", "/api/x", "/", "/assets/index-abc123.js"]) {
      const res = await app.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      // WebAssembly may compile (the landmark models); JavaScript may not be evaluated.
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
      expect(csp).not.toContain("'unsafe-eval'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("caches hashed assets for a year and never caches the HTML shell", async () => {
    const asset = await app.request("/assets/index-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const wasm = await app.request("/models/wasm/tfjs-backend-wasm-simd.wasm");
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    expect(wasm.headers.get("cache-control")).toBe("no-cache");
    const weights = await app.request("/models/facemesh.bin");
    expect(weights.headers.get("content-type")).toBe("application/octet-stream");
    const shell = await app.request("/");
    expect(shell.headers.get("cache-control")).toBe("no-cache");
    expect(await shell.text()).toContain("<title>Nura</title>");
  });

  it("serves the shell for app addresses, pre-rendered pages by folder, 404 for missing files", async () => {
    const deep = await app.request("/progress/history");
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain("<title>Nura</title>");
    const guide = await app.request("/learn/guides/drainage");
    expect(await guide.text()).toBe("<h1>Drainage</h1>");
    const missing = await app.request("/assets/gone-123.js");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("not-found");
    const escaped = await app.request("/..%2f..%2fetc/passwd");
    expect(escaped.status).toBe(404);
  });

  it("answers 304 when the browser already has the file", async () => {
    const first = await app.request("/icon.svg");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const again = await app.request("/icon.svg", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });
});

describe("the start page of /", () => {
  // Two start pages of one size and date, as the build's are: only their names tell them apart.
  const starts = memoryAssets({
    "/index.html": "<title>Nura</title>",
    "/start/en-welcome.html": "<title>Nura</title><link en-welcome>",
    "/start/es-welcome.html": "<title>Nura</title><link es-welcome>",
    "/start/es-today.html": "<title>Nura</title><link es-today-->",
    "/start/de-today.html": "<title>Nura</title><link de-today-->",
  });
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    store = await openMigratedStore({ sqliteFile: ":memory:" });
    app = createApp({ store, assets: starts, logger: silentLogger });
  });
  afterAll(() => store.close());
  const open = (headers: Record<string, string>) => app.request("/", { headers });

  it("is the welcome in the browser's language for a first visit", async () => {
    const res = await open({ "accept-language": "fr;q=0.9, es-MX, en;q=0.5" });
    expect(await res.text()).toContain("es-welcome");
    expect(res.headers.get("vary")).toBe("Accept-Encoding, Accept-Language, Cookie");
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await (await open({})).text()).toContain("en-welcome");
  });

  it("is the screen and language the device's cookie names", async () => {
    const res = await open({ "accept-language": "es", cookie: "a=1; nura-start=today.de" });
    expect(await res.text()).toContain("de-today");
    // A cookie without a language keeps the browser's.
    expect(
      await (await open({ "accept-language": "es", cookie: "nura-start=today" })).text(),
    ).toContain("es-today");
  });

  it("tags each start page apart, so a browser never keeps another device state's page", async () => {
    const today = await open({ cookie: "nura-start=today.es" });
    const welcome = await open({ cookie: "nura-start=welcome.es" });
    expect(today.headers.get("etag")).not.toBe(welcome.headers.get("etag"));
    const again = await open({
      cookie: "nura-start=welcome.es",
      "if-none-match": today.headers.get("etag") ?? "",
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("es-welcome");
  });

  it("falls back to the app's page when the build wrote no start page for it, and elsewhere", async () => {
    expect(await (await open({ cookie: "nura-start=today.en" })).text()).toBe(
      "<title>Nura</title>",
    );
    const deep = await app.request("/progress", { headers: { cookie: "nura-start=today.es" } });
    expect(await deep.text()).toBe("<title>Nura</title>");
    expect(deep.headers.get("vary")).toBe("Accept-Encoding");
  });
});

describe("readJson at the edge", () => {
  const schema = z.object({ minutes: z.number().int().min(1).max(20) });
  const echo = new Hono()
    .post("/echo", async (c) => c.json(await readJson(c, schema)))
    .onError(errorHandler({ logger: silentLogger, noteStoreFault: () => {} }));
  const post = (body: string, type = "application/json") =>
    echo.request("/echo", { method: "POST", headers: { "content-type": type }, body });

  it("passes a valid body through", async () => {
    const res = await post('{"minutes":5}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ minutes: 5 });
  });

  it("answers malformed JSON with 400 invalid-json", async () => {
    const res = await post('{"minutes":');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "invalid-json", message: "the request body is not valid JSON" },
    });
  });

  it("answers a body that does not fit with 400 naming the field", async () => {
    const res = await post('{"minutes":99}');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("invalid-input");
    expect(body.error.message.startsWith("minutes:")).toBe(true);
  });

  it("refuses a body that is not JSON with 415", async () => {
    const res = await post("minutes=5", "application/x-www-form-urlencoded");
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe("unsupported-media-type");
  });

  it("drops prototype-pollution keys instead of honouring them", async () => {
    const res = await post('{"minutes":3,"__proto__":{"polluted":true}}');
    expect(await res.json()).toEqual({ minutes: 3 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
