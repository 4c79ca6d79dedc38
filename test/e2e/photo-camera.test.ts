import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturePath, readPng, toBmp, toY4m, warp } from "./support/fixture-image.ts";
import { blockOutside } from "./support/outside-requests.ts";
import { useServerAndBrowser } from "./support/suite.ts";

// Chromium's fake camera plays the portrait, smaller than in the first photo: the person
// should come closer. Made here, from the fixture, in a folder of its own.
const portrait = readPng(fixturePath("astronaut-384.png"));
const dir = mkdtempSync(join(tmpdir(), "nura-camera-"));
const video = join(dir, "portrait-further.y4m");
writeFileSync(video, toY4m(warp(portrait, { scale: 0.8, degrees: 0, tx: 0, ty: 0 })));

describe("taking a progress photo with the camera (Chromium's fake camera)", () => {
  const suite = useServerAndBrowser({
    args: [
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lays the first photo over the mirrored camera where its face was, says to come closer, and keeps the face found", async () => {
    const tried = await blockOutside(suite.browser.context, new URL(suite.server.url).origin);
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${suite.server.url}/progress/photos`);
    await page.getByLabel("Choose a picture").setInputFiles({
      name: "first.bmp",
      mimeType: "image/bmp",
      buffer: toBmp(portrait),
    });
    await page.getByRole("button", { name: "Save photo" }).click();
    await page.getByRole("heading", { name: "Saved photos (1)" }).waitFor();

    await page.getByRole("button", { name: "Take a photo" }).click();
    const preview = page.getByLabel("Camera preview, mirrored");
    await page.waitForFunction(
      () => (document.querySelector(".camera-capture video") as HTMLVideoElement).videoWidth > 0,
    );
    const size = await preview.evaluate((v) => [
      (v as HTMLVideoElement).videoWidth,
      (v as HTMLVideoElement).videoHeight,
    ]);
    expect(size).toEqual([384, 384]);
    // The first photo is as large as the camera's picture: it lies over it unmoved, mirrored too.
    const ghost = page.locator("canvas.camera-capture__ghost");
    await expect.poll(() => ghost.getAttribute("data-ghost")).toBe("1.0000 0.00 0.0 0.0");
    expect(await ghost.evaluate((c) => getComputedStyle(c).transform)).toBe(
      "matrix(-1, 0, 0, 1, 0, 0)",
    );
    const hint = page.locator(".camera-capture__hint");
    await expect.poll(() => hint.getAttribute("data-hint"), { timeout: 30_000 }).toBe("closer");
    expect(await hint.textContent()).toBe("A little closer.");

    await page.getByRole("button", { name: "Take photo" }).click();
    await page.getByRole("button", { name: /^Save (photo|anyway)$/ }).click();
    await page.getByRole("heading", { name: "Saved photos (2)" }).waitFor();
    const faces = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open("nura");
        req.onsuccess = () => resolve(req.result);
      });
      type Eyes = { leftEye: { x: number }; rightEye: { x: number } };
      const all = await new Promise<{ anchors?: Eyes | null }[]>((resolve) => {
        const req = db.transaction("photos").objectStore("photos").getAll();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return all.map((p) => (p.anchors ? p.anchors.leftEye.x - p.anchors.rightEye.x : null));
    });
    // Both photos keep their face; the camera's is saved as the camera sees it (not mirrored):
    // the person's left eye on the picture's right in both.
    expect(faces).toHaveLength(2);
    expect(faces.every((dx) => dx !== null && dx > 20)).toBe(true);
    expect(tried).toEqual([]);
    expect(errors).toEqual([]);
  });
});
