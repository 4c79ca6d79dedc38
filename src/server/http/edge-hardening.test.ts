import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedStore } from "../store/open-store.ts";
import type { Store } from "../store/store.ts";
import { apiHarness, testRecord } from "../testing/api-harness.ts";

let store: Store;
beforeAll(async () => {
  store = await openMigratedStore({ sqliteFile: ":memory:" });
});
afterAll(() => store.close());

const plan = { slot: "pm", minutes: 5, medium: "serum", date: "2026-03-02" };

describe("the edge of the API", () => {
  it("answers malformed %-escapes in any address with 400, not a 500", async () => {
    const h = apiHarness(store);
    for (const path of ["/%", "/%E0%A4%A", "/assets/%ff", "/api/sync/pull%zz", "/learn/%C0"]) {
      const res = await h.call("GET", path);
      expect({ path, status: res.status, json: res.json }).toEqual({
        path,
        status: 400,
        json: { error: { code: "bad-request", message: "the address has a malformed %-escape" } },
      });
    }
    expect((await h.call("GET", "/learn/caf%C3%A9")).status).toBe(404);
  });

  it("caps plan and routine bodies at 16 KiB, before reading them", async () => {
    const h = apiHarness(store);
    const big = JSON.stringify({ ...plan, padding: "x".repeat(16 * 1024) });
    for (const path of ["/api/plan", "/api/routine"]) {
      const res = await h.call("POST", path, { raw: big, ip: "198.51.100.77" });
      expect(res.status).toBe(413);
      expect(res.json).toEqual({
        error: { code: "payload-too-large", message: "the request body is over 16 KiB" },
      });
      // Closed after the answer, so the server never reads the rest of an oversized body.
      expect(res.headers.get("connection")).toBe("close");
    }
  });

  it("limits each address to 60 plans and routines a minute, across both endpoints", async () => {
    const h = apiHarness(store);
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      const path = i % 2 === 0 ? "/api/plan" : "/api/routine";
      const body = path === "/api/plan" ? plan : { slot: "am", products: ["serum"] };
      statuses.push((await h.call("POST", path, { body, ip: "203.0.113.5" })).status);
    }
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    const limited = await h.call("POST", "/api/plan", { body: plan, ip: "203.0.113.5" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // Slowed and closed, so a client retrying in a loop takes only a timer; the size of what it
    // sends no longer matters (an oversized body is refused by the limit, unread).
    expect(limited.headers.get("connection")).toBe("close");
    const oversized = JSON.stringify({ ...plan, padding: "x".repeat(32 * 1024) });
    const refusedUnread = await h.call("POST", "/api/routine", {
      raw: oversized,
      ip: "203.0.113.5",
    });
    expect(refusedUnread.status).toBe(429);
    expect((await h.call("POST", "/api/plan", { body: plan, ip: "203.0.113.6" })).status).toBe(200);
    h.clock.advance(60_000);
    expect((await h.call("POST", "/api/plan", { body: plan, ip: "203.0.113.5" })).status).toBe(200);
  });

  it("counts a client behind trusted proxies by its own address, not the proxy's", async () => {
    const h = apiHarness(store, { trustProxy: 1 });
    const from = (client: string) =>
      h.call("POST", "/api/plan", {
        body: plan,
        ip: "10.0.0.1",
        headers: { "x-forwarded-for": `6.6.6.6, ${client}` },
      });
    for (let i = 0; i < 60; i++) expect((await from("198.51.100.1")).status).toBe(200);
    expect((await from("198.51.100.1")).status).toBe(429);
    expect((await from("198.51.100.2")).status).toBe(200);
  });

  it("marks sync, export and account answers no-store, and builds calendar links on the public address", async () => {
    const h = apiHarness(store, { publicUrl: "https://nura.example.org" });
    const cookie = await h.register("edge@example.org");
    const push = await h.call("POST", "/api/sync/push", {
      cookie,
      body: { deviceId: "d", records: [testRecord(1, "routine", 1000, "d")] },
    });
    const answers = [
      push,
      await h.call("GET", "/api/sync/pull?after=0", { cookie }),
      await h.call("GET", "/api/export", { cookie }),
      await h.call("GET", "/api/me", { cookie }),
      await h.call("POST", "/api/auth/login", {
        body: { email: "edge@example.org", password: "x" },
      }),
    ];
    for (const res of answers) expect(res.headers.get("cache-control")).toBe("no-store");
    const token = await h.call("POST", "/api/calendar/token", {
      cookie,
      headers: { host: "evil.example", origin: "http://evil.example" },
    });
    expect((token.json as { url: string }).url).toMatch(
      /^https:\/\/nura\.example\.org\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    const feed = await h.call("GET", new URL((token.json as { url: string }).url).pathname);
    expect(feed.headers.get("cache-control")).toBe("no-cache");
  });
});
