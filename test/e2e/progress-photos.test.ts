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

  it("stores picked and captured photos on the device, checks the light, compares two dates, deletes bytes, round-trips an archive, and sends nothing", async () => {
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
    await page.getByText("The light looks even.").waitFor();
    await page.getByRole("button", { name: "Save photo" }).click();
    await page.getByText("Photo saved on this device.").waitFor();

    await picker.setInputFiles({
      name: "dark.png",
      mimeType: "image/png",
      buffer: await makePng(page, "dark"),
    });
    await page.getByRole("alert").filter({ hasText: "Too dark" }).waitFor();
    await page.getByRole("button", { name: "Save anyway" }).click();
    await page.getByText("Saved photos (2)").waitFor();

    await page.getByRole("button", { name: "Use the camera" }).click();
    await expect.poll(() => page.locator(".photo-frame img.ghost").count()).toBe(1);
    await page.waitForFunction(
      () => (document.querySelector(".photo-frame video") as HTMLVideoElement | null)?.videoWidth,
    );
    await page.getByRole("button", { name: "Take photo" }).click();
    await page.getByRole("button", { name: /^Save (photo|anyway)$/ }).click();
    await page.getByText("Saved photos (3)").waitFor();
    const sizes = await storedPhotos(page);
    expect(sizes).toHaveLength(3);
    expect(sizes.every((s) => s > 500)).toBe(true);

    const compare = page.getByRole("region", { name: "Compare two dates" });
    await expect.poll(() => compare.locator(".side-by-side img").count()).toBe(2);
    await expect.poll(() => page.locator("#compare-after option").count()).toBe(3);
    await compare.getByLabel("Slider").check();
    const slider = compare.getByRole("slider");
    await slider.fill("20");
    expect(
      await compare
        .locator("img.slider-top")
        .evaluate((img) => (img as HTMLElement).style.clipPath),
    ).toBe("inset(0px 0px 0px 20%)");

    // By keyboard: the app's own offline banner may sit over the list, and keys must work anyway.
    await page
      .getByRole("button", { name: /^Delete the photo from / })
      .first()
      .focus();
    await page.keyboard.press("Enter");
    await page.getByText("Saved photos (2)").waitFor();
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
    expect(await page.getByRole("alert").textContent()).toContain("No photos were changed.");
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
});
