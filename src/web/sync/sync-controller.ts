import { signal } from "@preact/signals";
import { failureText } from "../common/failure-text.ts";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import { type Account, type AccountApi, accountApi } from "./account-api.ts";
import type { ApiProblem } from "./account-words.ts";
import { httpSyncApi, type SyncApi } from "./sync-api.ts";
import { type NotSent, SyncEngine } from "./sync-engine.ts";

/** What the status line shows. */
export type SyncStatus =
  | { readonly state: "signed-out" }
  | { readonly state: "syncing" }
  | { readonly state: "synced"; readonly at: number }
  | { readonly state: "waiting"; readonly pending: number }
  | { readonly state: "offline"; readonly pending: number }
  | { readonly state: "error"; readonly problem: SyncProblem };

/**
 * Why the last sync did not end in step, as data: the status line words it in the page's
 * language when it is shown (the account's words load with the Account screen, and a sync
 * fails on any screen).
 */
export type SyncProblem =
  | { readonly kind: "not-sent"; readonly notSent: NotSent; readonly pending: number }
  | { readonly kind: "refused"; readonly count: number }
  | { readonly kind: "server"; readonly code: ApiProblem["code"] }
  | { readonly kind: "device"; readonly message: string };

/** How long after the last local change a sync starts, so a burst of edits goes in one push. */
export const changeDebounceMs = 1500;
const accountKey = "sync:account";

/** What a sync controller works with; the browser's by default, fakes in tests. */
export interface SyncDeps {
  readonly openRecords: () => Promise<Records>;
  readonly accountApi: AccountApi;
  readonly syncApi: SyncApi;
  /** Where "online" and "visibilitychange" come from. */
  readonly window: Pick<Window, "addEventListener">;
  readonly document: Pick<Document, "addEventListener" | "visibilityState">;
}

/** The browser's storage, the real API and the page's events. */
export function browserSyncDeps(): SyncDeps {
  return {
    openRecords: localRecords,
    accountApi: accountApi(),
    syncApi: httpSyncApi(),
    window,
    document,
  };
}

interface Opened {
  readonly records: Records;
  readonly api: AccountApi;
  readonly engine: SyncEngine;
}

/**
 * The app's sync: who is signed in, the status line's state, and the runs that push and pull.
 * One is created when the app starts (main.tsx) and handed to the screens through
 * {@link SyncContext}; nothing about it lives in module state.
 */
export class SyncController {
  /** The signed-in account, or null; undefined until the server has been asked. */
  readonly account = signal<Account | null | undefined>(undefined);
  readonly status = signal<SyncStatus>({ state: "signed-out" });
  /** Pulled changes set aside because their clock stamp is too far ahead of this device's clock. */
  readonly heldBack = signal(0);
  /**
   * True once the server said this device's sign-in is no longer valid (the account was deleted,
   * or signed out from another device). The device then forgets the account, so the next start
   * asks the server nothing and the app says so this once, not with a 401 on every page.
   */
  readonly ended = signal(false);
  readonly #deps: SyncDeps;
  #opened: Promise<Opened | null> | undefined;
  #debounce: ReturnType<typeof setTimeout> | undefined;

  constructor(deps: SyncDeps) {
    this.#deps = deps;
  }

  async #run(c: Opened, onlyIfPending: boolean): Promise<void> {
    if (!this.account.value) {
      this.status.value = { state: "signed-out" };
      return;
    }
    if (onlyIfPending && (await c.records.pending()).length === 0) return;
    this.status.value = { state: "syncing" };
    const res = await c.engine.run();
    const pending = (await c.records.pending()).length;
    const refused = res.ok ? await c.records.refusedRecords() : [];
    if (res.ok) this.heldBack.value = res.heldBack;
    if (res.ok && res.notSent) {
      this.status.value = {
        state: "error",
        problem: { kind: "not-sent", notSent: res.notSent, pending },
      };
    } else if (refused.length > 0) {
      this.status.value = { state: "error", problem: { kind: "refused", count: refused.length } };
    } else if (res.ok) {
      this.status.value =
        pending > 0 ? { state: "waiting", pending } : { state: "synced", at: Date.now() };
    } else if (res.signedOut) {
      await this.#ended(c);
    } else if (res.offline) {
      this.status.value = { state: "offline", pending };
    } else {
      this.status.value = { state: "error", problem: { kind: "server", code: res.code } };
    }
  }

  /**
   * Starts one sync now (the button, start, regaining the network, a local change); the status
   * line follows it. Whatever fails (the network, this device's storage) ends on the status line,
   * whose button tries again. `onlyIfPending` skips the run when nothing waits to be pushed.
   */
  syncNow(options: { onlyIfPending?: boolean } = {}): void {
    (async () => {
      const c = await this.#ready();
      if (c) await this.#run(c, options.onlyIfPending === true);
    })().catch((err: unknown) => {
      console.warn("sync failed", err);
      this.status.value = {
        state: "error",
        problem: { kind: "device", message: failureText(err) },
      };
    });
  }

  /** Adopts a freshly signed-in account: a different account than before gets every local record. */
  async #adopt(c: Opened, next: Account): Promise<void> {
    const previous = await c.records.getMeta<string>(accountKey);
    if (previous !== next.id) {
      // Local data made signed-out, or under another account, is merged into this one: nothing
      // on the device is lost, and the pull starts from the beginning of this account.
      await c.records.markAllPending();
      await c.engine.resetCursor();
      await c.records.setMeta(accountKey, next.id);
    }
    this.account.value = next;
  }

  async #open(): Promise<Opened> {
    const records = await this.#deps.openRecords();
    const c: Opened = {
      records,
      api: this.#deps.accountApi,
      engine: new SyncEngine(records, this.#deps.syncApi),
    };
    records.subscribe(() => {
      if (!this.account.value) return;
      clearTimeout(this.#debounce);
      this.#debounce = setTimeout(() => this.syncNow({ onlyIfPending: true }), changeDebounceMs);
    });
    this.#deps.window.addEventListener("online", () => this.syncNow());
    const doc = this.#deps.document;
    doc.addEventListener("visibilitychange", () => {
      if (doc.visibilityState === "visible") this.syncNow();
    });
    // Only a device that has been signed in asks the server who it is: a device that never was
    // has no session to find, and stays quiet (and works) offline.
    const me = (await records.getMeta<string>(accountKey)) ? await c.api.me() : undefined;
    if (me?.ok) {
      await this.#adopt(c, me.data);
      this.syncNow();
    } else if (me?.status === 401) {
      await this.#ended(c);
    } else {
      // Offline, or the server is down: the sign-in may still hold, so ask again next time.
      this.account.value = null;
    }
    return c;
  }

  /** The storage and engine, opened on first use; null (never a rejection) when storage cannot be opened. */
  #ready(): Promise<Opened | null> {
    this.#opened ??= this.#open().catch((err: unknown) => {
      console.warn("sync could not start", err);
      this.#opened = undefined;
      this.account.value ??= null;
      this.status.value = {
        state: "error",
        problem: { kind: "device", message: failureText(err) },
      };
      return null;
    });
    return this.#opened;
  }

  /**
   * Starts syncing for the app's lifetime: asks who is signed in, syncs once, then again after
   * local changes (debounced), when the network comes back and when the app is shown again.
   * When this device's storage cannot be opened, the status line says so and the next sync (its
   * button, a sign-in) tries to start again.
   */
  start(): void {
    this.#ready().catch(() => null);
  }

  async #started(): Promise<Opened> {
    const c = await this.#ready();
    if (!c) throw new DOMException("The device database could not be opened", "UnknownError");
    return c;
  }

  /** Forgets the account on this device; the next sign-in merges everything here into one again. */
  async #forget(c: Opened): Promise<void> {
    // Pushes are idempotent, so merging everything again never doubles anything.
    await c.records.deleteMeta(accountKey);
    await c.engine.resetCursor();
    this.account.value = null;
    this.heldBack.value = 0;
    this.status.value = { state: "signed-out" };
  }

  /** The server no longer knows this device's sign-in: forget it here, and say so once. */
  async #ended(c: Opened): Promise<void> {
    await this.#forget(c);
    this.ended.value = true;
  }

  /**
   * Signs in or registers, then merges this device's data into the account. Returns the
   * server's refusal (its code says which), or null.
   */
  async signIn(
    mode: "login" | "register",
    email: string,
    password: string,
  ): Promise<ApiProblem | null> {
    const c = await this.#started();
    const res =
      mode === "login" ? await c.api.login(email, password) : await c.api.register(email, password);
    if (!res.ok) return res;
    await this.#adopt(c, res.data);
    this.ended.value = false;
    this.syncNow();
    return null;
  }

  /** Signs out; the data stays on this device. Returns the server's refusal, or null. */
  async signOut(): Promise<ApiProblem | null> {
    const c = await this.#started();
    const res = await c.api.logout();
    if (!res.ok && res.status !== 401) return res;
    await this.#forget(c);
    return null;
  }

  /** Deletes the account and everything the server holds for it; the device keeps its data. */
  async deleteAccount(password: string): Promise<ApiProblem | null> {
    const c = await this.#started();
    const res = await c.api.deleteAccount(password);
    if (!res.ok) return res;
    await this.#forget(c);
    return null;
  }
}
