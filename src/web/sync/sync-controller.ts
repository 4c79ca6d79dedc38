import { signal } from "@preact/signals";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import { type Account, type AccountApi, accountApi } from "./account-api.ts";
import { httpSyncApi } from "./sync-api.ts";
import { SyncEngine } from "./sync-engine.ts";

/** What the status line shows. */
export type SyncStatus =
  | { readonly state: "signed-out" }
  | { readonly state: "syncing" }
  | { readonly state: "synced"; readonly at: number }
  | { readonly state: "waiting"; readonly pending: number }
  | { readonly state: "offline"; readonly pending: number }
  | { readonly state: "error"; readonly message: string; readonly pending: number };

/** The signed-in account, or null; undefined until the server has been asked. */
export const account = signal<Account | null | undefined>(undefined);
export const syncStatus = signal<SyncStatus>({ state: "signed-out" });

/** How long after the last local change a sync starts, so a burst of edits goes in one push. */
export const changeDebounceMs = 1500;
const accountKey = "sync:account";

interface Controller {
  readonly records: Records;
  readonly api: AccountApi;
  readonly engine: SyncEngine;
}

let controller: Promise<Controller> | undefined;
let debounce: ReturnType<typeof setTimeout> | undefined;

async function pendingCount(records: Records): Promise<number> {
  return (await records.pending()).length;
}

/** Runs one sync now (the button, start, regaining the network) and updates the status line. */
export async function syncNow(): Promise<void> {
  const c = await (controller ?? startSync());
  if (!account.value) {
    syncStatus.value = { state: "signed-out" };
    return;
  }
  syncStatus.value = { state: "syncing" };
  const res = await c.engine.run();
  const pending = await pendingCount(c.records);
  const refused = res.ok ? await c.records.refusedRecords() : [];
  if (refused.length > 0) {
    const n = refused.length;
    syncStatus.value = {
      state: "error",
      message: `the server refused ${n} ${n === 1 ? "change" : "changes"} (${refused[0]?.refused ?? "no reason given"}); ${n === 1 ? "it stays" : "they stay"} on this device`,
      pending,
    };
  } else if (res.ok) {
    syncStatus.value =
      pending > 0 ? { state: "waiting", pending } : { state: "synced", at: Date.now() };
  } else if (res.signedOut) {
    account.value = null;
    syncStatus.value = { state: "signed-out" };
  } else if (res.offline) {
    syncStatus.value = { state: "offline", pending };
  } else {
    syncStatus.value = { state: "error", message: res.message, pending };
  }
}

/** Adopts a freshly signed-in account: a different account than before gets every local record. */
async function adopt(c: Controller, next: Account): Promise<void> {
  const previous = await c.records.getMeta<string>(accountKey);
  if (previous !== next.id) {
    // Local data made signed-out, or under another account, is merged into this one: nothing
    // on the device is lost, and the pull starts from the beginning of this account.
    await c.records.markAllPending();
    await c.engine.resetCursor();
    await c.records.setMeta(accountKey, next.id);
  }
  account.value = next;
}

/**
 * Starts syncing for the app's lifetime: asks who is signed in, syncs once, then again after
 * local changes (debounced), when the network comes back and when the app is shown again.
 */
export function startSync(): Promise<Controller> {
  controller ??= (async () => {
    const records = await localRecords();
    const c: Controller = {
      records,
      api: accountApi(),
      engine: new SyncEngine(records, httpSyncApi()),
    };
    records.subscribe(() => {
      if (!account.value) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        void pendingCount(records).then((n) => (n > 0 ? syncNow() : undefined));
      }, changeDebounceMs);
    });
    addEventListener("online", () => void syncNow());
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") void syncNow();
    });
    // Only a device that has been signed in asks the server who it is: a device that never was
    // has no session to find, and stays quiet (and works) offline.
    const me = (await records.getMeta<string>(accountKey)) ? await c.api.me() : undefined;
    if (me?.ok) {
      await adopt(c, me.data);
      void syncNow();
    } else {
      account.value = null;
    }
    return c;
  })();
  return controller;
}

/** Signs in or registers, then merges this device's data into the account. Returns an error text. */
export async function signIn(
  mode: "login" | "register",
  email: string,
  password: string,
): Promise<string | null> {
  const c = await startSync();
  const res =
    mode === "login" ? await c.api.login(email, password) : await c.api.register(email, password);
  if (!res.ok) return res.message;
  await adopt(c, res.data);
  await syncNow();
  return null;
}

/** Signs out; the data stays on this device. */
export async function signOut(): Promise<string | null> {
  const c = await startSync();
  const res = await c.api.logout();
  if (!res.ok && res.status !== 401) return res.message;
  // Forget which account this device belonged to: the next sign-in, to any account, merges
  // everything on the device into it again (pushes are idempotent, so nothing doubles).
  await c.records.deleteMeta(accountKey);
  await c.engine.resetCursor();
  account.value = null;
  syncStatus.value = { state: "signed-out" };
  return null;
}

/** Deletes the account and everything the server holds for it; the device keeps its data. */
export async function deleteAccount(password: string): Promise<string | null> {
  const c = await startSync();
  const res = await c.api.deleteAccount(password);
  if (!res.ok) return res.message;
  await c.records.deleteMeta(accountKey);
  await c.engine.resetCursor();
  account.value = null;
  syncStatus.value = { state: "signed-out" };
  return null;
}
