import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import {
  COACH_MODELS,
  filesToLoad,
  type ModelSet,
  parseManifest,
} from "../src/web/camera/model-files.ts";
import { launchBrowser } from "../test/e2e/support/chromium.ts";
import { fixturePath, readPng, swayingY4m } from "../test/e2e/support/fixture-image.ts";
import { startNura } from "../test/e2e/support/nura-server.ts";
import { handOver, oneMinutePlan, startWith } from "../test/e2e/support/player-page.ts";
import { type Bench, type Figure, median } from "./support/figure.ts";

const SWITCH = { name: "Coach me with the camera" } as const;
const READY = "Camera coaching is ready, and now works offline too.";
const KiB = (bytes: number) => bytes / 1024;

/**
 * Opens /session with a one-minute plan waiting, whatever the device holds (a session left
 * running by the run before is dropped), the way Today hands a plan over.
 */
async function withPlanWaiting(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/session`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await handOver(page, oneMinutePlan(), { dropActive: true });
  await page.reload();
  await page.getByRole("switch", SWITCH).waitFor();
}

/** Gzipped bytes of every script a page fetches while `load` runs. */
async function scriptBytes(page: Page, load: () => Promise<void>): Promise<number> {
  const pending: Promise<number>[] = [];
  const onResponse = (res: import("playwright-core").Response) => {
    if (res.request().resourceType() === "script")
      pending.push(
        res.body().then(
          (b) => gzipSync(b).length,
          () => 0,
        ),
      );
  };
  page.on("response", onResponse);
  await load();
  page.off("response", onResponse);
  return (await Promise.all(pending)).reduce((s, n) => s + n, 0);
}

/** First-load JS of Today (`/`) and of /session with a plan waiting, on a fresh device. */
async function firstLoads(context: BrowserContext, url: string, coachOn: boolean) {
  const page = await context.newPage();
  if (coachOn) await page.addInitScript(() => localStorage.setItem("nura.coach-camera", "on"));
  const today = await scriptBytes(page, async () => {
    await page.goto(`${url}/`);
    await page.waitForLoadState("networkidle");
  });
  await withPlanWaiting(page, url);
  // The reload a person makes with a plan waiting: the switch's screen.
  const session = await scriptBytes(page, async () => {
    await page.reload();
    await page.getByRole("switch", SWITCH).waitFor();
    if (coachOn) await page.getByText(READY).waitFor({ timeout: 180_000 });
    await page.waitForLoadState("networkidle");
  });
  await page.close();
  return { today, session };
}

/**
 * One session with coaching switched on just before the start tap: ms from the switch to the
 * first feedback line (the 3-second countdown and the coach's wait before asking for hands
 * included: the portrait shows none), and the coaching loop's frames a second.
 */
async function coachedStart(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await withPlanWaiting(page, url);
  const coachSwitch = page.getByRole("switch", SWITCH);
  if (await coachSwitch.isChecked()) await coachSwitch.uncheck();
  const switchedAt = await page.evaluate(() => {
    (document.querySelector("input[role=switch]") as HTMLInputElement).click();
    return performance.now();
  });
  await startWith(page);
  const panel = page.locator(".coach-panel[data-first-feedback-at]");
  await panel.waitFor({ timeout: 180_000 });
  const firstAt = Number(await panel.getAttribute("data-first-feedback-at"));
  // The frame rate once a full window of frames was read: when a slow device stops, or 10 s on.
  await page
    .locator(".coach-panel[data-phase=stopped]")
    .waitFor({ timeout: 10_000 })
    .catch(() => {});
  const fps = Number(await panel.getAttribute("data-fps"));
  await page.close();
  return { ms: firstAt - switchedAt, fps };
}

/** The bare detection loop in the landmark worker on the fake camera, frames a second. */
async function bareLoopFps(context: BrowserContext, url: string, worker: string, set: ModelSet) {
  const page = await context.newPage();
  await page.goto(`${url}/`);
  // Plain JavaScript in a string: the bench's TypeScript loader would add helpers the page lacks.
  const fps = await page.evaluate(`(async (worker, set) => {
    const w = new Worker(worker, { type: "module" });
    function call(message, transfer) {
      return new Promise((ok) => {
        w.onmessage = (e) => ok(e.data);
        w.postMessage(message, transfer || []);
      });
    }
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
    const video = document.createElement("video");
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    const loaded = await call({ kind: "load", set, backend: "wasm" });
    if (loaded.kind !== "loaded") throw new Error(loaded.message);
    async function detect(id) {
      const picture = await createImageBitmap(video);
      await call({ kind: "detect", id, picture }, [picture]);
    }
    await detect(0); // the first frame warms the models up
    const frames = 8;
    const t0 = performance.now();
    for (let i = 1; i <= frames; i++) await detect(i);
    const fps = (frames * 1000) / (performance.now() - t0);
    w.terminate();
    for (const t of stream.getTracks()) t.stop();
    return fps;
  })(${JSON.stringify(worker)}, ${JSON.stringify(set)})`);
  await page.close();
  return Number(fps);
}

/** The models' download: bytes of each set's files as served, from the build's manifest. */
async function downloadSizes(url: string) {
  const manifest = parseManifest(await (await fetch(`${url}/models/manifest.json`)).json());
  const worker = Object.keys(manifest.files).find((f) => f.includes("detector-worker"));
  if (!worker) throw new Error("the manifest lists no landmark worker");
  const size = (set: ModelSet, key: "bytes" | "gzipBytes") =>
    filesToLoad(set, "simd", worker).reduce((s, f) => s + (manifest.files[f]?.[key] ?? 0), 0);
  return { worker, size };
}

/**
 * Issue 19's figures for camera coaching, in headless Chromium on CPU WebAssembly with the fake
 * camera playing the public-domain portrait: the coaching loop's frame rate (face and hands)
 * against the bare face-only loop; switch-on to first feedback with the models cached against a
 * first time that downloads them; the models' download size against the photos' face-only set;
 * and the first load of Today and /session with coaching off (the default) against on.
 */
export const coachCameraBench: Bench = {
  name: "coach-camera",
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), "nura-bench-coach-"));
    const video = join(dir, "portrait.y4m");
    writeFileSync(video, swayingY4m(readPng(fixturePath("astronaut-384.png"))));
    const args = [
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ];
    const server = await startNura();
    const fresh = () => launchBrowser({ args });
    try {
      const { worker, size } = await downloadSizes(server.url);
      const off = await fresh();
      const offLoads = await firstLoads(off.context, server.url, false).finally(off.close);
      // A device that turns coaching on: its first loads, then sessions with models cached.
      const on = await fresh();
      const cached: { ms: number; fps: number }[] = [];
      let onLoads: { today: number; session: number };
      let faceFps: number[];
      let handsFps: number[];
      try {
        onLoads = await firstLoads(on.context, server.url, true);
        for (let i = 0; i < 3; i++) cached.push(await coachedStart(on.context, server.url));
        faceFps = [await bareLoopFps(on.context, server.url, worker, "face")];
        handsFps = [await bareLoopFps(on.context, server.url, worker, COACH_MODELS)];
      } finally {
        await on.close();
      }
      const uncached: number[] = [];
      for (let i = 0; i < 2; i++) {
        const b = await fresh();
        uncached.push(
          await coachedStart(b.context, server.url)
            .finally(b.close)
            .then((r) => r.ms),
        );
      }
      const fps = median(cached.map((c) => c.fps));
      return [
        {
          name: "coaching loop, face and hands, CPU WASM",
          value: fps,
          unit: "fps",
          baseline: { name: "bare face-only detection loop", value: median(faceFps) },
          note: `floor 5 fps: under it the coach says once that the device is too slow and the session goes on (headless Chromium's WebGL is software, so CPU WASM is measured; devices use WebGL); bare face-and-hands loop ${median(handsFps).toFixed(2)} fps; runs: ${cached.map((c) => c.fps.toFixed(2)).join(", ")}`,
        },
        {
          name: "switch-on to first feedback, models cached (median of 3)",
          value: median(cached.map((c) => c.ms)),
          unit: "ms",
          baseline: {
            name: "first time, models downloaded (median of 2)",
            value: median(uncached),
          },
          note: "includes the 3-second countdown and the coach's 2.5 s wait before asking for the hands (the portrait shows none); models from a local server",
        },
        {
          name: "models download, face and hands (SIMD WASM and worker)",
          value: size(COACH_MODELS, "bytes") / 1e6,
          unit: "MB",
          baseline: { name: "face only (progress photos)", value: size("face", "bytes") / 1e6 },
          note: `gzip ${(size(COACH_MODELS, "gzipBytes") / 1e6).toFixed(2)} MB against ${(size("face", "gzipBytes") / 1e6).toFixed(2)} MB; downloaded once, kept in Cache Storage for offline use`,
        },
        {
          name: "first load Today JS (gzip), coaching off",
          value: KiB(offLoads.today),
          unit: "KiB",
          baseline: { name: "same, coaching on", value: KiB(onLoads.today) },
          note: "target unchanged: nothing of the coach is fetched on Today either way",
        },
        {
          name: "first load /session JS (gzip, a plan waiting), coaching off",
          value: KiB(offLoads.session),
          unit: "KiB",
          baseline: { name: "same, coaching on (models ready)", value: KiB(onLoads.session) },
          note: "with coaching off no coach chunk, model or worker is fetched; on, the switch loads its chunks and the models",
        },
      ];
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
