import type { Locator, Page } from "playwright-core";

/**
 * Sets a minutes stepper to `value` from the keyboard, as a person without a pointer would:
 * Home goes to its least value, then one Arrow Up per minute.
 */
export async function setStepper(
  scope: Page | Locator,
  name: string,
  value: number,
): Promise<void> {
  const spin = scope.getByRole("spinbutton", { name });
  const reaches = async (n: number): Promise<void> => {
    for (let tries = 0; (await spin.getAttribute("aria-valuenow")) !== String(n); tries++) {
      if (tries > 50) throw new Error(`the stepper "${name}" did not reach ${n}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await spin.focus();
  await spin.press("Home");
  const min = Number(await spin.getAttribute("aria-valuemin"));
  await reaches(min);
  // One press at a time, each seen on screen before the next.
  for (let v = min; v < value; v++) {
    await spin.press("ArrowUp");
    await reaches(v + 1);
  }
}

/** The value a minutes stepper holds. */
export async function stepperValue(scope: Page | Locator, name: string): Promise<number> {
  return Number(await scope.getByRole("spinbutton", { name }).getAttribute("aria-valuenow"));
}

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
  await page.getByRole("button", { name: "Get started" }).click();
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
  await setStepper(page, "Morning massage, minutes", options.am ?? 4);
  await setStepper(page, "Evening massage, minutes", options.pm ?? 6);
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
