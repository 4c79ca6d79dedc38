import { describe, expect, it } from "vitest";
import type { SyncRecord } from "../../core/sync/record.ts";
import { planPull } from "./pull-merge.ts";

const now = 1_764_000_000_000;
const stamp = (ms: number, device = "other") => `${String(ms).padStart(16, "0")}-0000-${device}`;
const rec = (id: string, ms: number, body: unknown = {}): SyncRecord => ({
  id,
  kind: "routine",
  version: stamp(ms),
  deleted: false,
  body,
});

describe("merging a pulled page", () => {
  it("writes what wins, keeps what the device has newer, and observes the newest stamp", () => {
    const mine = { ...rec("a", now - 1000, { mine: true }), version: stamp(now - 1000, "me") };
    const stored = new Map<string, SyncRecord | undefined>([["a", mine]]);
    const plan = planPull(stored, [rec("a", now - 5000), rec("b", now - 2000)], now);
    expect(plan.write.map((r) => r.id)).toEqual(["b"]);
    expect(plan.held).toEqual([]);
    expect(plan.newest).toBe(stamp(now - 2000));
  });

  it("holds back a stamp more than ten minutes ahead, and merges one just inside", () => {
    const ahead = rec("x", now + 10 * 60_000 + 1);
    const inside = rec("y", now + 10 * 60_000);
    const plan = planPull(new Map(), [ahead, inside], now);
    expect(plan.held).toEqual([ahead]);
    expect(plan.write).toEqual([inside]);
    expect(plan.newest).toBe(inside.version);
  });

  it("folds repeated ids in one page to their winner", () => {
    const older = rec("a", now - 3000, { n: 1 });
    const newer = rec("a", now - 1000, { n: 2 });
    const plan = planPull(new Map(), [newer, older], now);
    expect(plan.write).toEqual([newer]);
    expect(plan.newest).toBe(newer.version);
  });

  it("observes nothing when everything was held back", () => {
    const future = { ...rec("a", 0), version: "9999999999999999-0000-other" };
    expect(planPull(new Map(), [future], now)).toEqual({ write: [], held: [future], newest: null });
  });
});
