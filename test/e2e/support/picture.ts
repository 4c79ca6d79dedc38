import type { Page } from "playwright-core";

/** Draws a face-like picture in the page and returns it as PNG bytes: evenly lit, or dark. */
export async function makePng(page: Page, light: "even" | "dark"): Promise<Buffer> {
  const dataUrl = await page.evaluate((kind) => {
    const canvas = document.createElement("canvas");
    canvas.width = 320;
    canvas.height = 240;
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    ctx.fillStyle = kind === "even" ? "#c8b4a0" : "#141414";
    ctx.fillRect(0, 0, 320, 240);
    ctx.fillStyle = kind === "even" ? "#b49c88" : "#1e1e1e";
    ctx.beginPath();
    ctx.ellipse(160, 120, 70, 95, 0, 0, Math.PI * 2);
    ctx.fill();
    return canvas.toDataURL("image/png");
  }, light);
  return Buffer.from(dataUrl.split(",")[1] as string, "base64");
}
