import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";
import { openLocalDb } from "../local/local-db.ts";
import { Records } from "../local/records.ts";
import type { AccountApi } from "./account-api.ts";
import type { ApiResult } from "./api-client.ts";
import type { SyncApi } from "./sync-api.ts";
import { SyncController, type SyncDeps } from "./sync-controller.ts";

const someone = { id: "user-1", email: "a@example.org", createdAt: "2026-11-25T09:00:00.000Z" };

let n = 0;
async function setUp(meStatus = 200) {
  const records = new Records(await openLocalDb(`sync-controller-${++n}`), {
    now: () => 1_764_000_000_000,
    random: (k) => crypto.getRandomValues(new Uint8Array(k)),
  });
  const calls: string[] = [];
  const pushed: number[] = [];
  const ok = <T>(data: T): Promise<ApiResult<T>> => Promise.resolve({ ok: true, data });
  const answer =
    <T>(call: string, data: T) =>
    () => {
      calls.push(call);
      return ok(data);
    };
  // Only what these tests call; the rest of the account API is never reached.
  const accountApi = {
    me:
      meStatus === 200
        ? answer("me", someone)
        : () => {
            calls.push("me");
            return Promise.resolve({
              ok: false,
              status: meStatus,
              code: meStatus === 401 ? "unauthorized" : "offline",
              message: "no",
            } as const);
          },
    login: answer("login", someone),
    logout: answer("logout", undefined),
  } as unknown as AccountApi;
  const syncApi: SyncApi = {
    push: (_device, batch) => {
      pushed.push(batch.length);
      return ok({ accepted: batch.length, changed: batch.length, cursor: batch.length });
    },
    pull: (after) => ok({ records: [], cursor: after, more: false }),
  };
  const deps: SyncDeps = {
    openRecords: async () => records,
    accountApi,
    syncApi,
    window: { addEventListener: () => {} },
    document: { addEventListener: () => {}, visibilityState: "visible" },
  };
  return { records, calls, pushed, sync: new SyncController(deps) };
}

describe("SyncController", () => {
  it("leaves a device that was never signed in quiet: no question to the server, signed out", async () => {
    const { calls, sync } = await setUp();
    sync.start();
    await vi.waitFor(() => expect(sync.account.value).toBe(null));
    expect(calls).toEqual([]);
    expect(sync.status.value).toEqual({ state: "signed-out" });
  });

  it("signs in, pushes what the device holds, and forgets the account on signing out", async () => {
    const { records, calls, pushed, sync } = await setUp();
    await records.put("session", { minutes: 5 });
    sync.start();
    expect(await sync.signIn("login", "a@example.org", "pw")).toBe(null);
    expect(sync.account.value).toEqual(someone);
    await vi.waitFor(() => expect(sync.status.value.state).toBe("synced"));
    expect(pushed).toEqual([1]);
    expect(await sync.signOut()).toBe(null);
    expect(calls).toEqual(["login", "logout"]);
    expect(sync.account.value).toBe(null);
    expect(await records.getMeta("sync:account")).toBe(undefined);
  });

  it("keeps each controller's state its own", async () => {
    const first = await setUp();
    const second = await setUp();
    await first.sync.signIn("login", "a@example.org", "pw");
    expect(first.sync.account.value).toEqual(someone);
    expect(second.sync.account.value).toBe(undefined);
  });

  it("forgets an account the server no longer knows, says so once, and asks nothing next time", async () => {
    const { records, calls, sync } = await setUp(401);
    await records.setMeta("sync:account", someone.id);
    sync.start();
    await vi.waitFor(() => expect(sync.account.value).toBe(null));
    expect(sync.ended.value).toBe(true);
    expect(calls).toEqual(["me"]);
    expect(await records.getMeta("sync:account")).toBe(undefined);
    // The next start of the app finds no account to ask about.
    const again = new SyncController({
      openRecords: async () => records,
      accountApi: { me: () => Promise.reject(new Error("not asked")) } as unknown as AccountApi,
      syncApi: {} as SyncApi,
      window: { addEventListener: () => {} },
      document: { addEventListener: () => {}, visibilityState: "visible" },
    });
    again.start();
    await vi.waitFor(() => expect(again.account.value).toBe(null));
    expect(again.ended.value).toBe(false);
  });

  it("keeps the account when the server cannot be reached, to ask again later", async () => {
    const { records, calls, sync } = await setUp(0);
    await records.setMeta("sync:account", someone.id);
    sync.start();
    await vi.waitFor(() => expect(sync.account.value).toBe(null));
    expect(calls).toEqual(["me"]);
    expect(sync.ended.value).toBe(false);
    expect(await records.getMeta("sync:account")).toBe(someone.id);
  });
});
