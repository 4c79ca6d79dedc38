import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";
import {
  MODEL_BASE,
  MODEL_FILES,
  MODEL_MANIFEST,
  type ModelManifest,
  WASM_BASE,
  WASM_FILES,
} from "../web/camera/model-files.ts";

const require = createRequire(import.meta.url);

/** A file served under /models/, and where it comes from in node_modules. */
interface ModelSource {
  readonly url: string;
  readonly path: string;
}

/** The folder of a package, found through its entry so `exports` maps do not get in the way. */
function packageDir(name: string, entry: string): string {
  let dir = dirname(require.resolve(entry));
  while (!dir.endsWith(join("node_modules", ...name.split("/")))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`${name} is not installed`);
    dir = up;
  }
  return dir;
}

function version(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string })
    .version;
}

/** Every model file of every set, and both WebAssembly binaries, with where each is read from. */
export function modelSources(): { sources: readonly ModelSource[]; version: string } {
  const human = packageDir("@vladmandic/human", "@vladmandic/human");
  const wasm = packageDir("@tensorflow/tfjs-backend-wasm", "@tensorflow/tfjs-backend-wasm");
  const models = [...new Set(Object.values(MODEL_FILES).flat())].map((f) => ({
    url: MODEL_BASE + f,
    path: join(human, "models", f),
  }));
  const binaries = WASM_FILES.map((f) => ({ url: WASM_BASE + f, path: join(wasm, "dist", f) }));
  return {
    sources: [...models, ...binaries],
    version: `human ${version(human)}, tfjs-backend-wasm ${version(wasm)}`,
  };
}

/** The manifest of some files: sizes as served and gzipped. */
export function manifestOf(files: readonly { url: string; body: Uint8Array }[], v: string) {
  const out: Record<string, { bytes: number; gzipBytes: number }> = {};
  for (const f of files)
    out[f.url] = { bytes: f.body.byteLength, gzipBytes: gzipSync(f.body).byteLength };
  return { version: v, files: out } satisfies ModelManifest;
}

const toBytes = (source: string | Uint8Array) =>
  typeof source === "string" ? new TextEncoder().encode(source) : source;

const TYPES: Readonly<Record<string, string>> = {
  json: "application/json; charset=utf-8",
  bin: "application/octet-stream",
  wasm: "application/wasm",
};

/**
 * The landmark models served from our own origin: in a build, the model files of
 * @vladmandic/human and the WebAssembly of @tensorflow/tfjs-backend-wasm are copied to
 * dist/web/models/ with a manifest.json of their sizes; under `npm run dev` the same paths are
 * answered from node_modules. The service worker does not precache them (pwa-plugin.ts): a
 * device downloads them only when a person uses the camera features.
 */
export function modelsPlugin(): Plugin {
  let files: { url: string; body: Uint8Array }[] | undefined;
  const load = () => {
    if (files) return files;
    const { sources, version: v } = modelSources();
    files = sources.map((s) => ({ url: s.url, body: readFileSync(s.path) }));
    manifest = JSON.stringify(manifestOf(files, v));
    return files;
  };
  let manifest = "";
  return {
    name: "nura-models",
    generateBundle(_options, bundle) {
      const models = load();
      for (const f of models)
        this.emitFile({ type: "asset", fileName: f.url.slice(1), source: f.body });
      // The landmark worker (Human and TensorFlow.js) downloads with the models, so its size
      // belongs in the same list.
      const worker = Object.values(bundle).find((o) =>
        /detector-worker-[^/]*\.js$/.test(o.fileName),
      );
      const extra =
        worker?.type === "asset"
          ? [{ url: `/${worker.fileName}`, body: toBytes(worker.source) }]
          : worker?.type === "chunk"
            ? [{ url: `/${worker.fileName}`, body: toBytes(worker.code) }]
            : [];
      if (extra.length === 0) this.error("the landmark worker is missing from the bundle");
      const { version: v } = modelSources();
      const text = JSON.stringify(manifestOf([...models, ...extra], v));
      this.emitFile({ type: "asset", fileName: MODEL_MANIFEST.slice(1), source: text });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "").split("?")[0] ?? "";
        if (!path.startsWith(MODEL_BASE)) return next();
        const all = load();
        const body = path === MODEL_MANIFEST ? manifest : all.find((f) => f.url === path)?.body;
        if (body === undefined) return next();
        res.setHeader("Content-Type", TYPES[path.split(".").pop() ?? ""] ?? "text/plain");
        res.end(body);
      });
    },
  };
}
