import type { Page } from "playwright-core";

/**
 * Makes every write to the named object stores of the page's IndexedDB fail the way a full disk
 * does (a QuotaExceededError), until {@link allowStorageWrites}. Lives in the page's JavaScript:
 * a reload, or another page, starts with working storage.
 */
export async function failStorageWrites(page: Page, stores: readonly string[]): Promise<void> {
  await page.evaluate((names) => {
    const w = window as unknown as { __failWrites?: Set<string>; __writesPatched?: boolean };
    w.__failWrites = new Set(names);
    if (w.__writesPatched) return;
    w.__writesPatched = true;
    for (const method of ["put", "add", "delete", "clear"] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      Object.defineProperty(IDBObjectStore.prototype, method, {
        configurable: true,
        writable: true,
        value(this: IDBObjectStore, ...args: unknown[]) {
          if (w.__failWrites?.has(this.name))
            throw new DOMException("The disk is full.", "QuotaExceededError");
          return original.apply(this, args);
        },
      });
    }
  }, stores);
}

/** Lets the page's IndexedDB writes through again. */
export async function allowStorageWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __failWrites?: Set<string> }).__failWrites = new Set();
  });
}
