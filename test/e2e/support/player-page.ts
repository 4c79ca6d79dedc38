import type { Page } from "playwright-core";
import type { Locale } from "../../../src/core/i18n/locales.ts";
import { planSession } from "../../../src/core/planner/plan-session.ts";
import { translatorFor } from "../../../src/i18n/node-translator.ts";
import type { PendingSession } from "../../../src/web/player/handoff.ts";

/**
 * A real one-minute evening plan from the core planner, its cues in `locale` and titled as
 * Today titles it in that language.
 */
export function oneMinutePlan(locale: Locale = "en", title = "Evening massage"): PendingSession {
  const result = planSession(
    { slot: "pm", minutes: 1, medium: "serum", date: "2026-11-25" },
    translatorFor(locale),
  );
  if (!result.ok || result.plan.verdict === "stop")
    throw new Error("the planner refused a plain 1-minute plan");
  const { plan } = result;
  return {
    plan,
    meta: {
      slot: "pm",
      title,
      minutes: 1,
      goals: [...plan.goals],
      adjustments: [],
    },
  };
}

/**
 * Hands `pending` over the documented way (meta key "player:pending" in the device database), as
 * Today's `startSession` does before navigating; `dropActive` also forgets a session left running.
 */
export async function handOver(
  page: Page,
  pending: PendingSession,
  options: { readonly dropActive?: boolean } = {},
): Promise<void> {
  await page.evaluate(
    async ({ value, dropActive }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open("nura");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction("meta", "readwrite");
        tx.objectStore("meta").put(value, "player:pending");
        if (dropActive) tx.objectStore("meta").delete("player:active");
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { value: pending, dropActive: options.dropActive === true },
  );
}

/** Opens /session on an empty device with `pending` handed over (see {@link handOver}). */
export async function openWithPending(
  page: Page,
  baseUrl: string,
  pending: PendingSession,
): Promise<void> {
  await page.goto(`${baseUrl}/session`);
  await page.getByRole("heading", { name: "No session waiting" }).waitFor();
  await handOver(page, pending);
  await page.reload();
}

/**
 * Answers the slip-medium check (the plan from {@link oneMinutePlan} has no product of the
 * person's, so nothing is chosen for them) and taps the start.
 */
export async function startWith(page: Page, medium = "Serum"): Promise<void> {
  await page.getByRole("radio", { name: medium, exact: true }).check();
  await page.getByRole("button", { name: "It's on my skin: start" }).click();
}

/** The `session` records in the page's device database. */
export function sessionRecords(
  page: Page,
): Promise<{ kind: string; body: Record<string, unknown> }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("nura");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = await new Promise<{ kind: string; body: Record<string, unknown> }[]>(
      (resolve, reject) => {
        const req = db.transaction("records").objectStore("records").getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      },
    );
    db.close();
    return all.filter((r) => r.kind === "session");
  });
}

/**
 * Makes the session under way look last opened `ms` ago (its saved state and its last touch
 * moved back), as if the page had been closed that long: what the stale-session rule reads.
 */
export async function ageActiveSession(page: Page, ms: number): Promise<void> {
  await page.evaluate(async (by) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("nura");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction("meta", "readwrite");
      const store = tx.objectStore("meta");
      const req = store.get("player:active");
      req.onsuccess = () => {
        const active = req.result;
        if (!active) return reject(new Error("no session under way"));
        const back = (t: number | null) => (t === null ? null : t - by);
        store.put(
          {
            ...active,
            startedAtWall: active.startedAtWall - by,
            touchedAtWall: back(active.touchedAtWall ?? null),
            scheduler: { ...active.scheduler, anchorWall: back(active.scheduler.anchorWall) },
          },
          "player:active",
        );
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, ms);
}
