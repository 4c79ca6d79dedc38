import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { FaceAnchors } from "../../src/core/camera/face-anchors.ts";
import {
  fixturePath,
  readPng,
  toBmp,
  type Warp,
  warp,
  warpPoint,
} from "./support/fixture-image.ts";
import { blockOutside } from "./support/outside-requests.ts";
import { useServerAndBrowser } from "./support/suite.ts";

const portrait = readPng(fixturePath("astronaut-384.png"));
const recorded = (
  JSON.parse(readFileSync(fixturePath("astronaut-384.anchors.json"), "utf8")) as {
    anchors: FaceAnchors;
  }
).anchors;

/** Photos in the device database with their stored face. */
function storedFaces(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("nura");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = await new Promise<{ id: string; takenAt: string; anchors?: unknown }[]>(
      (resolve, reject) => {
        const req = db.transaction("photos").objectStore("photos").getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      },
    );
    db.close();
    return all
      .sort((a, b) => (a.takenAt < b.takenAt ? -1 : 1))
      .map((p) => ({ id: p.id, anchors: p.anchors as FaceAnchors | null | undefined }));
  });
}

async function pickAndSave(page: Page, name: string, picture: Buffer, count: number) {
  await page.getByLabel("Choose a picture").setInputFiles({
    name,
    mimeType: "image/bmp",
    buffer: picture,
  });
  await page.locator(".pending-photo__check").filter({ hasNotText: "Checking" }).waitFor();
  await page.getByRole("button", { name: /^Save (photo|anyway)$/ }).click();
  await page.getByRole("heading", { name: `Saved photos (${count})` }).waitFor();
}

/** The transform a compare canvas was drawn through: scale, degrees, shift x, shift y. */
async function alignOf(page: Page, id: string): Promise<number[]> {
  const text = await page
    .locator(`.photo-compare__side canvas[data-photo="${id}"]`)
    .getAttribute("data-align");
  return (text ?? "").split(" ").map(Number);
}

describe("aligned progress photos with the real models, from our own server only", () => {
  const suite = useServerAndBrowser();

  it("finds the face in the portrait, lines up two warped copies to it, and works offline after", async () => {
    const origin = new URL(suite.server.url).origin;
    const tried = await blockOutside(suite.browser.context, origin);
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const modelFiles: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/models/"))
        modelFiles.push(new URL(r.url()).pathname);
    });
    await page.goto(`${suite.server.url}/progress/photos`);
    await page.getByText("Your photos stay on this device.").waitFor();

    await pickAndSave(page, "portrait.bmp", toBmp(portrait), 1);
    const [first] = await storedFaces(page);
    // The face as the models found it when the fixture's anchors were recorded, within 3 px.
    for (const k of Object.keys(recorded) as (keyof FaceAnchors)[]) {
      expect(Math.abs((first?.anchors?.[k].x ?? -99) - recorded[k].x)).toBeLessThan(3);
      expect(Math.abs((first?.anchors?.[k].y ?? -99) - recorded[k].y)).toBeLessThan(3);
    }

    const warps: Warp[] = [
      { scale: 1.3, degrees: 10, tx: -20, ty: 15 },
      { scale: 0.8, degrees: -6, tx: 25, ty: -10 },
    ];
    for (const [i, w] of warps.entries())
      await pickAndSave(page, `warped-${i}.bmp`, toBmp(warp(portrait, w)), i + 2);
    const faces = await storedFaces(page);
    expect(faces).toHaveLength(3);

    // Each warped copy is drawn through the inverse of its warp: scale within 2 %, angle within 1°.
    const compare = page.getByRole("region", { name: "Compare two dates" });
    await compare.getByText("lined up to your first photo").waitFor();
    await compare.getByLabel("Before").selectOption(faces[1]?.id ?? "");
    await compare.getByLabel("After").selectOption(faces[2]?.id ?? "");
    for (const [i, w] of warps.entries()) {
      const [scale, degrees, tx, ty] = await alignOf(page, faces[i + 1]?.id ?? "");
      expect(Math.abs((scale ?? 0) * w.scale - 1)).toBeLessThan(0.02);
      expect(Math.abs((degrees ?? 0) + w.degrees)).toBeLessThan(1);
      // The warped nose tip lands back on the portrait's, within 2 % of the picture.
      const nose = warpPoint(portrait, w, recorded.noseTip);
      const a = ((degrees ?? 0) * Math.PI) / 180;
      const back = {
        x: (scale ?? 0) * (Math.cos(a) * nose.x - Math.sin(a) * nose.y) + (tx ?? 0),
        y: (scale ?? 0) * (Math.sin(a) * nose.x + Math.cos(a) * nose.y) + (ty ?? 0),
      };
      expect(Math.hypot(back.x - recorded.noseTip.x, back.y - recorded.noseTip.y)).toBeLessThan(8);
    }
    const cached = await page.evaluate(async () => {
      const cache = await caches.open("nura-models-v1");
      return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
    });
    expect(cached.filter((u) => u.startsWith("/assets/"))).toEqual([
      expect.stringMatching(/^\/assets\/detector-worker-[\w-]+\.js$/),
    ]);
    expect(cached.filter((u) => !u.startsWith("/assets/"))).toEqual([
      "/models/blazeface.bin",
      "/models/blazeface.json",
      "/models/facemesh.bin",
      "/models/facemesh.json",
      "/models/manifest.json",
      "/models/wasm/tfjs-backend-wasm-simd.wasm",
    ]);
    // Face only: the hand models were never fetched, nor the plain WebAssembly.
    expect(modelFiles.some((f) => f.includes("hand"))).toBe(false);

    // Offline, a new page finds a face with the models kept on the device.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await suite.browser.context.setOffline(true);
    const again = await suite.browser.context.newPage();
    again.on("pageerror", (e) => errors.push(e.message));
    await again.goto(`${suite.server.url}/progress/photos`);
    await pickAndSave(again, "offline.bmp", toBmp(warp(portrait, warps[0] as Warp)), 4);
    expect((await storedFaces(again))[3]?.anchors).toBeTruthy();
    await suite.browser.context.setOffline(false);

    expect(tried).toEqual([]);
    expect(errors).toEqual([]);
  });
});
