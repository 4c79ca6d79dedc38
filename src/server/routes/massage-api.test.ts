import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedStore } from "../store/open-store.ts";
import type { Store } from "../store/store.ts";
import { apiHarness } from "../testing/api-harness.ts";

let store: Store;
let h: ReturnType<typeof apiHarness>;
beforeAll(async () => {
  store = await openMigratedStore({ sqliteFile: ":memory:" });
  h = apiHarness(store);
});
afterAll(async () => {
  await store.close();
});

const plan = { slot: "pm", minutes: 5, medium: "serum", date: "2026-03-02" };

describe("POST /api/plan", () => {
  it("answers the plan as JSON", async () => {
    const res = await h.call("POST", "/api/plan", {
      body: { ...plan, goals: ["puffiness"], tools: ["roller"] },
    });
    expect(res.status).toBe(200);
    const body = res.json as {
      verdict: string;
      totalSeconds: number;
      steps: { zone: string; seconds: number }[];
    };
    expect([body.verdict, body.totalSeconds]).toEqual(["ok", 300]);
    expect(body.steps[0]?.zone).toBe("collarbone");
    expect(body.steps.reduce((sum, s) => sum + s.seconds, 0)).toBe(300);
  });

  it("uses an owned tool in lines and passes, and leaves it out for fingers only", async () => {
    const owned = { ...plan, minutes: 8, tools: ["roller"] };
    const withTool = await h.call("POST", "/api/plan", { body: owned });
    const steps = (res: typeof withTool) =>
      (res.json as { steps: { tool: string; sections: number; reps?: number; seconds: number }[] })
        .steps;
    const roller = steps(withTool).filter((s) => s.tool === "roller");
    expect(roller.length).toBeGreaterThan(0);
    for (const s of roller) expect(s.seconds).toBe(s.sections * (s.reps ?? 0) * 2);
    const fingers = await h.call("POST", "/api/plan", { body: { ...owned, fingersOnly: true } });
    expect(fingers.status).toBe(200);
    expect(steps(fingers).some((s) => s.tool !== "fingers")).toBe(false);
  });

  it("answers a stopped plan as a 200 with its reasons", async () => {
    const res = await h.call("POST", "/api/plan", {
      body: { ...plan, conditions: ["blood-clot"] },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      verdict: "stop",
      steps: [],
      totalSeconds: 0,
      reasons: [{ code: "blood-clot" }],
    });
  });

  it("takes procedures, the neck clearance and the new conditions", async () => {
    const res = await h.call("POST", "/api/plan", {
      body: {
        ...plan,
        age: 70,
        neckCleared: true,
        conditions: ["new-retinoid", "tmj"],
        procedures: [{ kind: "surgery", date: "2026-01-04", cleared: true }],
      },
    });
    expect(res.status).toBe(200);
    const body = res.json as { verdict: string; reasons: { code: string }[]; excludedZones: [] };
    expect(body.verdict).toBe("adjusted");
    expect(body.reasons.map((r) => r.code)).toEqual([
      "surgery-recent",
      "new-retinoid",
      "neck-cleared",
      "tmj",
    ]);
    expect(body.excludedZones).toEqual([]);
    const urgent = await h.call("POST", "/api/plan", {
      body: { ...plan, conditions: ["pregnant", "unexplained-swelling"] },
    });
    expect(urgent.json).toMatchObject({
      verdict: "stop",
      reasons: [{ code: "pregnancy-swelling" }],
    });
  });

  it("gives the same JSON as the planner for the same input", async () => {
    const a = await h.call("POST", "/api/plan", { body: plan });
    const b = await h.call("POST", "/api/plan", { body: plan });
    expect(a.text).toBe(b.text);
  });

  it.each([
    [{ ...plan, minutes: 0 }, "minutes"],
    [{ ...plan, minutes: 2.5 }, "minutes"],
    [{ ...plan, slot: "noon" }, "slot"],
    [{ ...plan, medium: undefined }, "medium"],
    [{ ...plan, goals: ["glow", "youth"] }, "goals[1]"],
    [{ ...plan, date: "2026-02-30" }, "date"],
    [
      { ...plan, injectables: [{ kind: "botox", zone: "brows", date: "2026-03-09" }] },
      "injectables[0].date",
    ],
    [
      { ...plan, injectables: [{ kind: "botox", zone: "lips", date: "2026-03-01" }] },
      "injectables[0].zone",
    ],
    [{ ...plan, goal: ["glow"] }, "the plan input"],
    [{ ...plan, fingersOnly: "yes" }, "fingersOnly"],
    [{ ...plan, conditions: ["flu"] }, "conditions[0]"],
    [{ ...plan, procedures: [{ kind: "facial", date: "2026-03-01" }] }, "procedures[0].kind"],
    [{ ...plan, procedures: [{ kind: "ipl", date: "2026-03-05" }] }, "procedures[0].date"],
    [
      { ...plan, procedures: [{ kind: "ipl", date: "2026-03-01", cleared: true }] },
      "procedures[0].cleared",
    ],
    [{ ...plan, neckCleared: "yes" }, "neckCleared"],
    [{ ...plan, maxPressure: 0 }, "maxPressure"],
  ])("refuses %j with 400 naming %s", async (body, field) => {
    const res = await h.call("POST", "/api/plan", { body });
    expect(res.status).toBe(400);
    const error = (res.json as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("invalid-input");
    expect(error.message.startsWith(field)).toBe(true);
  });

  it("refuses a body that is not JSON", async () => {
    const res = await h.call("POST", "/api/plan", {
      raw: "{slot:",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect((res.json as { error: { code: string } }).error.code).toBe("invalid-json");
  });
});

describe("POST /api/routine", () => {
  it("answers the routine as JSON, taking kinds or {kind, name}", async () => {
    const res = await h.call("POST", "/api/routine", {
      body: {
        slot: "am",
        products: ["sunscreen", { kind: "serum", name: "Vitamin C" }, "cleanser"],
      },
    });
    expect(res.status).toBe(200);
    const body = res.json as {
      slot: string;
      steps: { kind: string; name?: string }[];
      warnings: { code: string }[];
    };
    expect(body.steps.map((s) => s.kind)).toEqual(["cleanser", "serum", "massage", "sunscreen"]);
    expect(body.steps[1]?.name).toBe("Vitamin C");
    // A serum named "Vitamin C" is probably an active entered as a bland serum: the answer asks.
    expect(body.warnings.map((w) => w.code)).toEqual(["name-looks-active"]);
  });

  it("takes the active kinds and keeps them out of the medium", async () => {
    const res = await h.call("POST", "/api/routine", {
      body: {
        slot: "pm",
        products: ["retinoid", "cleanser", "oil-cleanser", "facial-oil", "cream"],
      },
    });
    expect(res.status).toBe(200);
    const body = res.json as { steps: { kind: string }[]; warnings: unknown[] };
    expect(body.steps.map((s) => s.kind)).toEqual([
      "oil-cleanser",
      "cleanser",
      "facial-oil",
      "massage",
      "retinoid",
      "cream",
    ]);
    expect(body.warnings).toEqual([]);
  });

  it.each([
    [{ slot: "am", products: ["serum", "lotion"] }, 'products contain unknown kind "lotion"'],
    [{ slot: "dusk", products: [] }, "slot"],
    [{ slot: "am" }, "products"],
    [{ slot: "am", products: [{ kind: "serum", label: "x" }] }, "products[0]"],
  ])("refuses %j with 400 naming %s", async (body, start) => {
    const res = await h.call("POST", "/api/routine", { body });
    expect(res.status).toBe(400);
    const error = (res.json as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("invalid-input");
    expect(error.message.startsWith(start)).toBe(true);
  });
});
