import { expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { hitLimit, limitKey } from "./rate-limit.ts";

const rule = { limit: 3, windowMs: 60_000 };
const t0 = 1_764_000_000_000 - (1_764_000_000_000 % 60_000);

describeEachStore("rate limits", (fixture) => {
  const store = useStore(fixture);

  it("lets `limit` attempts through per window, then throws 429 with the seconds left", async () => {
    const key = limitKey("test", "203.0.113.1");
    for (let i = 0; i < 3; i++) await hitLimit(store(), key, rule, t0 + i);
    const err = await hitLimit(store(), key, rule, t0 + 15_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("rate-limited");
    expect((err as AppError).headers).toEqual({ "Retry-After": "45" });
    await expect(hitLimit(store(), key, rule, t0 + 60_000)).resolves.toBeUndefined();
  });

  it("counts every one of many simultaneous attempts", async () => {
    const key = limitKey("test", "203.0.113.2");
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => hitLimit(store(), key, rule, t0 + 1)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
  });

  it("keeps counters of different keys apart, and stores no address in the clear", async () => {
    await hitLimit(store(), limitKey("test", "198.51.100.7"), rule, t0);
    const keys = await store().db.selectFrom("rate_limits").select("key").execute();
    expect(keys.some((k) => k.key.includes("198.51.100.7"))).toBe(false);
    expect(keys.every((k) => /^test:[A-Za-z0-9_-]{32}$/.test(k.key))).toBe(true);
  });

  it("drops a scope's counters from past windows when a new window starts", async () => {
    await hitLimit(store(), limitKey("other", "x"), rule, t0);
    await hitLimit(store(), limitKey("test", "fresh"), rule, t0 + 10 * 60_000);
    const keys = await store().db.selectFrom("rate_limits").select("key").execute();
    expect(keys.filter((k) => k.key.startsWith("test:"))).toHaveLength(1);
    expect(keys.filter((k) => k.key.startsWith("other:"))).toHaveLength(1);
  });

  it("refuses a key already over its limit from memory, without counting it again", async () => {
    const key = limitKey("test", "203.0.113.9");
    const count = async () =>
      (
        await store().db.selectFrom("rate_limits").select("count").where("key", "=", key).execute()
      ).map((r) => Number(r.count));
    for (let i = 0; i < 4; i++) await hitLimit(store(), key, rule, t0 + i).catch(() => {});
    expect(await count()).toEqual([4]);
    for (let i = 0; i < 20; i++) {
      await expect(hitLimit(store(), key, rule, t0 + 10 + i)).rejects.toMatchObject({
        code: "rate-limited",
      });
    }
    // The refusals past the first were answered without a write.
    expect(await count()).toEqual([4]);
    // A new window starts afresh.
    await expect(hitLimit(store(), key, rule, t0 + 60_000)).resolves.toBeUndefined();
    expect(await count()).toEqual([1]);
  });

  it("answers a slowed rule's refusals only after its delay, on a closing connection", async () => {
    const slowed = { ...rule, refusalDelayMs: 300 };
    const key = limitKey("test", "203.0.113.10");
    for (let i = 0; i < 3; i++) await hitLimit(store(), key, slowed, t0 + i);
    for (const attempt of ["counted", "known"]) {
      let settled = false;
      const refusal = hitLimit(store(), key, slowed, t0 + 1000).finally(() => {
        settled = true;
      });
      refusal.catch(() => {});
      await new Promise((r) => setTimeout(r, 150));
      expect({ attempt, settled }).toEqual({ attempt, settled: false });
      const err = await refusal.catch((e: unknown) => e);
      expect((err as AppError).code).toBe("rate-limited");
      expect((err as AppError).headers).toEqual({ "Retry-After": "59", connection: "close" });
    }
  });
});
