import type { Page } from "playwright-core";

/** A record as the app's Records layer keeps it in IndexedDB (loosely typed for tests). */
export type DeviceRecord = Record<string, unknown> & { readonly id: string };

/**
 * Writes records straight into the page's device database ("nura", store "records"), in one
 * transaction. The page must already have opened the app once, so the database exists.
 */
export async function putDeviceRecords(
  page: Page,
  records: readonly DeviceRecord[],
): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("nura");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction("records", "readwrite");
        for (const r of records) tx.objectStore("records").put(r);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }, records);
}

/** Every record in the page's device database, in key order. */
export function deviceRecords(page: Page): Promise<DeviceRecord[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("nura");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<DeviceRecord[]>((resolve, reject) => {
        const req = db.transaction("records").objectStore("records").getAll();
        req.onsuccess = () => resolve(req.result as DeviceRecord[]);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  });
}

/** One record of the page's device database, or undefined. */
export async function deviceRecord(page: Page, id: string): Promise<DeviceRecord | undefined> {
  return (await deviceRecords(page)).find((r) => r.id === id);
}
