import type { Page } from "playwright-core";

/**
 * Onboards through /welcome with a serum (named "Vitamin C") and a moisturizer, the goal "Less
 * puffiness", the given health answers, and the given morning and evening minutes.
 */
export async function onboard(
  page: Page,
  url: string,
  options: {
    readonly health?: readonly string[];
    readonly am?: number;
    readonly pm?: number;
    /** A Botox treatment on this date (yyyy-MM-dd) in these zones, tapped on the face map. */
    readonly botox?: { readonly date: string; readonly zones: readonly string[] };
  } = {},
): Promise<void> {
  await page.goto(url);
  await page.getByRole("heading", { name: "Welcome to Nura" }).waitFor();
  await page.getByRole("checkbox", { name: "Less puffiness" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  for (const label of options.health ?? [])
    await page.getByRole("checkbox", { name: label }).check();
  await page.getByRole("button", { name: "Next" }).click();
  if (options.botox) {
    await page.getByRole("radio", { name: "Botox" }).check();
    await page.getByLabel("Date of the treatment").fill(options.botox.date);
    for (const zone of options.botox.zones) {
      // Tapped on the picture itself; the checkbox beside it follows.
      await page.locator(`.fa-picker path[data-zone="${zone}"]`).first().click();
    }
    await page.getByRole("button", { name: "Add this treatment" }).click();
  }
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("checkbox", { name: "Serum", exact: true }).check();
  await page.getByLabel("Name of your serum (optional)").fill("Vitamin C");
  await page.getByRole("checkbox", { name: "Moisturizer", exact: true }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Morning massage, minutes").fill(String(options.am ?? 4));
  await page.getByLabel("Evening massage, minutes").fill(String(options.pm ?? 6));
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("heading", { name: "Step 6 of 6: Your routines" }).waitFor();
}

/** Runs the massage step of the open Today routine to its end in the player, on the fake page clock. */
export async function runMassage(page: Page, title: string, seconds: number): Promise<void> {
  await page.getByRole("button", { name: "Start the massage" }).click();
  await page.getByRole("heading", { name: title }).waitFor();
  await page.getByRole("button", { name: "It's on my skin: start" }).click();
  await page.clock.runFor(2000);
  await page.locator(".player[data-status=running]").waitFor();
  await page.clock.runFor(seconds * 1000 + 2000);
  await page.getByRole("heading", { name: "Session done" }).waitFor();
  await page.getByText("Saved to your history on this device.").waitFor();
}
