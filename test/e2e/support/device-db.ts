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

/** A read from one object store of the page's device database. */
type DeviceRead =
  | { readonly store: string; readonly op: "getAll" | "count" }
  | { readonly store: string; readonly op: "get"; readonly key: string };

/** Runs one read against the page's device database, as a test looks at what the app stored. */
export function readDeviceDb<T>(page: Page, read: DeviceRead): Promise<T> {
  return page.evaluate(async (read) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("nura");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<T>((resolve, reject) => {
        const store = db.transaction(read.store).objectStore(read.store);
        const req = read.op === "get" ? store.get(read.key) : store[read.op]();
        req.onsuccess = () => resolve(req.result as T);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, read);
}

/** Every record in the page's device database, in key order. */
export function deviceRecords(page: Page): Promise<DeviceRecord[]> {
  return readDeviceDb(page, { store: "records", op: "getAll" });
}

/** One record of the page's device database, or undefined. */
export async function deviceRecord(page: Page, id: string): Promise<DeviceRecord | undefined> {
  return (await deviceRecords(page)).find((r) => r.id === id);
}
