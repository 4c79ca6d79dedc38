import { readFileSync } from "node:fs";
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makePng } from "./support/picture.ts";
import { useServerAndBrowser } from "./support/suite.ts";

/** Photos in the device database, with the size of their stored bytes. */
function storedPhotos(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("nura");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = await new Promise<{ blob: Blob }[]>((resolve, reject) => {
      const req = db.transaction("photos").objectStore("photos").getAll();
      req.onsuccess = () => resolve(req.result as { blob: Blob }[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return all.map((p) => p.blob.size);
  });
}

describe("progress photos", () => {
  const suite = useServerAndBrowser({
    args: ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  });

  it("stores picked and captured photos on the device, checks them, compares two dates, deletes with a question and undo, round-trips an archive, and sends nothing", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/progress/photos`);
    await page.getByText("Your photos stay on this device.").waitFor();
    const requests: Request[] = [];
    page.on("request", (r) => requests.push(r));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    const picker = page.getByLabel("Choose a picture");
    await picker.setInputFiles({
      name: "even.png",
      mimeType: "image/png",
      buffer: await makePng(page, "even"),
    });
    // A drawn oval is no face: the check says so, and never refuses the photo.
    await page.getByRole("alert").filter({ hasText: "No face found" }).waitFor();
    await page.getByRole("button", { name: "Save anyway" }).click();
    await page.getByRole("heading", { name: "Saved photos (1)" }).waitFor();

    await picker.setInputFiles({
      name: "dark.png",
      mimeType: "image/png",
      buffer: await makePng(page, "dark"),
    });
    await page.getByRole("alert").filter({ hasText: "No face found" }).waitFor();
    await page.getByRole("button", { name: "Save anyway" }).click();
    await page.getByRole("heading", { name: "Saved photos (2)" }).waitFor();

    await page.getByRole("button", { name: "Take a photo" }).click();
    await expect.poll(() => page.locator("canvas.camera-capture__ghost").count()).toBe(1);
    await page.waitForFunction(
      () =>
        (document.querySelector(".camera-capture video") as HTMLVideoElement | null)?.videoWidth,
    );
    await page.getByRole("button", { name: "Take photo" }).click();
    await page.getByRole("button", { name: /^Save (photo|anyway)$/ }).click();
    await page.getByRole("heading", { name: "Saved photos (3)" }).waitFor();
    const sizes = await storedPhotos(page);
    expect(sizes).toHaveLength(3);
    expect(sizes.every((s) => s > 500)).toBe(true);

    const compare = page.getByRole("region", { name: "Compare two dates" });
    await expect.poll(() => compare.locator(".photo-compare__side canvas").count()).toBe(2);
    await expect.poll(() => page.locator("#compare-after option").count()).toBe(3);
    await compare.getByRole("radio", { name: "Slider" }).check();
    const slider = compare.getByRole("slider");
    await slider.fill("20");
    expect(
      await compare
        .locator("canvas.photo-compare__top")
        .evaluate((c) => (c as HTMLElement).style.clipPath),
    ).toBe("inset(0px 0px 0px 20%)");

    // Delete asks first; keeping it changes nothing.
    const deleteFirst = page.getByRole("button", { name: /^Delete the photo from / }).first();
    await deleteFirst.click();
    const sheet = page.getByRole("dialog", { name: "Delete this photo?" });
    await sheet.getByRole("button", { name: "Keep it" }).click();
    await sheet.waitFor({ state: "hidden" });
    expect(await storedPhotos(page)).toHaveLength(3);
    // By keyboard: the app's own offline banner may sit over the list, and keys must work anyway.
    await deleteFirst.focus();
    await page.keyboard.press("Enter");
    await sheet.getByRole("button", { name: "Delete photo" }).click();
    await page.getByRole("heading", { name: "Saved photos (2)" }).waitFor();
    expect(await storedPhotos(page)).toHaveLength(2);
    // Undo puts the very photo back.
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("heading", { name: "Saved photos (3)" }).waitFor();
    expect((await storedPhotos(page)).sort()).toEqual([...sizes].sort());
    await deleteFirst.click();
    await sheet.getByRole("button", { name: "Delete photo" }).click();
    await page.getByRole("heading", { name: "Saved photos (2)" }).waitFor();
    expect(await storedPhotos(page)).toHaveLength(2);

    const kept = await storedPhotos(page);
    await page.getByRole("link", { name: "Your data" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Photos (separate file)" }).click(),
    ]);
    const archive = readFileSync((await download.path()) as string, "utf8");
    const parsed = JSON.parse(archive) as { format: string; photos: { base64: string }[] };
    expect(parsed.format).toBe("nura-photos");
    expect(parsed.photos).toHaveLength(2);
    await page.getByRole("button", { name: "Delete all local data…" }).click();
    // The page reloads once everything is deleted: wait for that load, not the current one.
    await Promise.all([
      page.waitForEvent("load"),
      page.getByRole("button", { name: "Yes, delete everything" }).click(),
    ]);
    await page.getByRole("heading", { name: "Your data" }).waitFor();
    expect(await storedPhotos(page)).toEqual([]);
    const photoInput = page.getByLabel("Choose a Nura photo archive (JSON)");
    const tampered = archive.replace('"image/jpeg"', '"text/html"');
    await photoInput.setInputFiles({
      name: "p.json",
      mimeType: "application/json",
      buffer: Buffer.from(tampered),
    });
    expect(await page.getByRole("alert").textContent()).toContain(
      "No photos were changed: this file is not a Nura photo archive, or it is damaged.",
    );
    expect(await storedPhotos(page)).toEqual([]);
    await photoInput.setInputFiles({
      name: "p.json",
      mimeType: "application/json",
      buffer: Buffer.from(archive),
    });
    expect(await page.locator(".photo-import-report").textContent()).toBe("Brought back 2 photos.");
    expect((await storedPhotos(page)).sort()).toEqual([...kept].sort());

    const origin = new URL(suite.server.url).origin;
    const leaving = requests.filter((r) => {
      const url = r.url();
      const local =
        url.startsWith("blob:") || url.startsWith("data:") || new URL(url).origin === origin;
      return !local || r.postDataBuffer() !== null || r.method() !== "GET";
    });
    expect(leaving.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("when the camera cannot start, says why and leaves only picking a file", async () => {
    const page = await suite.browser.context.newPage();
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    await page.goto(`${suite.server.url}/progress/photos`);
    await page.getByRole("button", { name: "Take a photo" }).click();
    await page.getByText("The camera was not allowed. You can choose a picture instead").waitFor();
    expect(await page.getByRole("button", { name: "Take a photo" }).count()).toBe(0);
    expect(await page.locator(".camera-capture").count()).toBe(0);
    expect(await page.getByLabel("Choose a picture").count()).toBe(1);
    await page.close();
  });
});
