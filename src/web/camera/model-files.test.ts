import { describe, expect, it } from "vitest";
import { filesToLoad, parseManifest } from "./model-files.ts";

describe("model files", () => {
  it("loads the face set alone for photos, and one WebAssembly binary only on WASM", () => {
    expect(filesToLoad("face", "simd", "/assets/detector-worker-x.js")).toEqual([
      "/assets/detector-worker-x.js",
      "/models/blazeface.json",
      "/models/blazeface.bin",
      "/models/facemesh.json",
      "/models/facemesh.bin",
      "/models/wasm/tfjs-backend-wasm-simd.wasm",
    ]);
    expect(filesToLoad("face-and-hands", "plain").slice(-3)).toEqual([
      "/models/handlandmark-lite.json",
      "/models/handlandmark-lite.bin",
      "/models/wasm/tfjs-backend-wasm.wasm",
    ]);
    expect(filesToLoad("face", "none").some((f) => f.endsWith(".wasm"))).toBe(false);
  });

  it("reads a manifest and refuses one that lists a file elsewhere or without a size", () => {
    const good = { version: "v", files: { "/models/a.bin": { bytes: 3, gzipBytes: 2 } } };
    expect(parseManifest(good)).toEqual(good);
    expect(() =>
      parseManifest({ version: "v", files: { "https://cdn/a.bin": { bytes: 3 } } }),
    ).toThrow("bad entry for https://cdn/a.bin");
    expect(() =>
      parseManifest({ version: "v", files: { "/models/a.bin": { bytes: 0 } } }),
    ).toThrow();
    expect(() => parseManifest({ files: {} })).toThrow("not in the expected form");
  });
});
