/** The inference backends the detector chooses between. */
export type Backend = "webgl" | "wasm";

/**
 * WebGL when the device has a real GPU; WebAssembly on the CPU when WebGL is missing or only a
 * software renderer (SwiftShader, llvmpipe), where it runs a frame in seconds instead of a
 * fraction of one (measured: about 10 s a frame in headless Chromium, against 0.25 s on WASM).
 */
export function chooseBackend(
  canvas: HTMLCanvasElement = document.createElement("canvas"),
): Backend {
  const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
  if (!gl) return "wasm";
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
  return /swiftshader|llvmpipe|software|basic render/i.test(renderer) ? "wasm" : "webgl";
}
