import { signal } from "@preact/signals";
import { failureText } from "../common/failure-text.ts";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import { type Account, type AccountApi, accountApi } from "./account-api.ts";
import { httpSyncApi } from "./sync-api.ts";
import { SyncEngine } from "./sync-engine.ts";
import { notSentText, refusedText } from "./sync-words.ts";

/** What the status line shows. */
export type SyncStatus =
  | { readonly state: "signed-out" }
  | { readonly state: "syncing" }
  | { readonly state: "synced"; readonly at: number }
  | { readonly state: "waiting"; readonly pending: number }
  | { readonly state: "offline"; readonly pending: number }
  | { readonly state: "error"; readonly message: string };

/** The signed-in account, or null; undefined until the server has been asked. */
export const account = signal<Account | null | undefined>(undefined);
export const syncStatus = signal<SyncStatus>({ state: "signed-out" });
/** Pulled changes set aside because their clock stamp is too far ahead of this device's clock. */
export const heldBack = signal(0);

/** How long after the last local change a sync starts, so a burst of edits goes in one push. */
export const changeDebounceMs = 1500;
const accountKey = "sync:account";

interface Controller {
  readonly records: Records;
  readonly api: AccountApi;
  readonly engine: SyncEngine;
}

let controller: Promise<Controller | null> | undefined;
let debounce: ReturnType<typeof setTimeout> | undefined;

async function runSync(c: Controller, onlyIfPending: boolean): Promise<void> {
  if (!account.value) {
    syncStatus.value = { state: "signed-out" };
    return;
  }
  if (onlyIfPending && (await c.records.pending()).length === 0) return;
  syncStatus.value = { state: "syncing" };
  const res = await c.engine.run();
  const pending = (await c.records.pending()).length;
  const refused = res.ok ? await c.records.refusedRecords() : [];
  if (res.ok) heldBack.value = res.heldBack;
  if (res.ok && res.notSent) {
    syncStatus.value = { state: "error", message: notSentText(res.notSent, pending) };
  } else if (refused.length > 0) {
    syncStatus.value = { state: "error", message: refusedText(refused) };
  } else if (res.ok) {
    syncStatus.value =
      pending > 0 ? { state: "waiting", pending } : { state: "synced", at: Date.now() };
  } else if (res.signedOut) {
    account.value = null;
    syncStatus.value = { state: "signed-out" };
  } else if (res.offline) {
    syncStatus.value = { state: "offline", pending };
  } else {
    syncStatus.value = { state: "error", message: res.message };
  }
}

/**
 * Starts one sync now (the button, start, regaining the network, a local change); the status
 * line follows it. Whatever fails (the network, this device's storage) ends on the status line,
 * whose button tries again. `onlyIfPending` skips the run when nothing waits to be pushed.
 */
export function syncNow(options: { onlyIfPending?: boolean } = {}): void {
  (async () => {
    const c = await ready();
    if (c) await runSync(c, options.onlyIfPending === true);
  })().catch((err: unknown) => {
    console.warn("sync failed", err);
    syncStatus.value = { state: "error", message: failureText(err) };
  });
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

async function open(): Promise<Controller> {
  const records = await localRecords();
  const c: Controller = {
    records,
    api: accountApi(),
    engine: new SyncEngine(records, httpSyncApi()),
  };
  records.subscribe(() => {
    if (!account.value) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => syncNow({ onlyIfPending: true }), changeDebounceMs);
  });
  addEventListener("online", () => syncNow());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") syncNow();
  });
  // Only a device that has been signed in asks the server who it is: a device that never was
  // has no session to find, and stays quiet (and works) offline.
  const me = (await records.getMeta<string>(accountKey)) ? await c.api.me() : undefined;
  if (me?.ok) {
    await adopt(c, me.data);
    syncNow();
  } else {
    account.value = null;
  }
  return c;
}

/** The controller, opened on first use; null (never a rejection) when storage cannot be opened. */
function ready(): Promise<Controller | null> {
  controller ??= open().catch((err: unknown) => {
    console.warn("sync could not start", err);
    controller = undefined;
    account.value ??= null;
    syncStatus.value = { state: "error", message: failureText(err) };
    return null;
  });
  return controller;
}

/**
 * Starts syncing for the app's lifetime: asks who is signed in, syncs once, then again after
 * local changes (debounced), when the network comes back and when the app is shown again.
 * When this device's storage cannot be opened, the status line says so and the next sync (its
 * button, a sign-in) tries to start again.
 */
export function startSync(): void {
  ready().catch(() => null);
}

async function started(): Promise<Controller> {
  const c = await ready();
  if (!c) throw new DOMException("The device database could not be opened", "UnknownError");
  return c;
}

/** Signs in or registers, then merges this device's data into the account. Returns an error text. */
export async function signIn(
  mode: "login" | "register",
  email: string,
  password: string,
): Promise<string | null> {
  const c = await started();
  const res =
    mode === "login" ? await c.api.login(email, password) : await c.api.register(email, password);
  if (!res.ok) return res.message;
  await adopt(c, res.data);
  syncNow();
  return null;
}

/** Signs out; the data stays on this device. Returns an error text. */
export async function signOut(): Promise<string | null> {
  const c = await started();
  const res = await c.api.logout();
  if (!res.ok && res.status !== 401) return res.message;
  // Forget which account this device belonged to: the next sign-in, to any account, merges
  // everything on the device into it again (pushes are idempotent, so nothing doubles).
  await c.records.deleteMeta(accountKey);
  await c.engine.resetCursor();
  account.value = null;
  heldBack.value = 0;
  syncStatus.value = { state: "signed-out" };
  return null;
}

/** Deletes the account and everything the server holds for it; the device keeps its data. */
export async function deleteAccount(password: string): Promise<string | null> {
  const c = await started();
  const res = await c.api.deleteAccount(password);
  if (!res.ok) return res.message;
  await c.records.deleteMeta(accountKey);
  await c.engine.resetCursor();
  account.value = null;
  heldBack.value = 0;
  syncStatus.value = { state: "signed-out" };
  return null;
}
