import type { Page } from "playwright-core";
import { planSession } from "../../../src/core/planner/plan-session.ts";
import type { PendingSession } from "../../../src/web/player/handoff.ts";

/** A real one-minute evening plan from the core planner. */
export function oneMinutePlan(): PendingSession {
  const result = planSession({ slot: "pm", minutes: 1, medium: "serum", date: "2026-11-25" });
  if (!result.ok || result.plan.verdict === "stop")
    throw new Error("the planner refused a plain 1-minute plan");
  const { plan } = result;
  return {
    plan,
    meta: {
      slot: "pm",
      title: "Evening massage",
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
