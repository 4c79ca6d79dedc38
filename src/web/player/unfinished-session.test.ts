import { describe, expect, it } from "vitest";
import { threeStepPlan } from "./fake-clock.test-support.ts";
import type { ActiveSession, PendingSession } from "./handoff.ts";
import { lastTouched, openingOf, STALE_AFTER_MS, unfinishedOf } from "./unfinished-session.ts";

const T0 = Date.UTC(2026, 10, 25, 20, 0, 0);
const MIN = 60_000;
const meta = {
  slot: "pm",
  title: "Evening massage",
  minutes: 1,
  goals: [],
  adjustments: [],
} as const;
const active: ActiveSession = {
  plan: threeStepPlan,
  meta,
  medium: "serum",
  startedAtWall: T0,
  timeZone: "Europe/Paris",
  scheduler: { status: "paused", anchorWall: null, elapsedMs: 25_000, next: 4 },
  recordId: "01900000-0000-7000-8000-0000000000b1",
  touchedAtWall: T0 + MIN,
};
const pending = (handedAtWall?: number): PendingSession => ({
  plan: threeStepPlan,
  meta: { ...meta, slot: "practice", title: "Practice: Kneading" },
  ...(handedAtWall === undefined ? {} : { handedAtWall }),
});

describe("lastTouched", () => {
  it("is the saved touch, or for older saves the running anchor plus the time done", () => {
    expect(lastTouched(active)).toBe(T0 + MIN);
    const { touchedAtWall: _, ...old } = active;
    const running = {
      ...old,
      scheduler: { ...old.scheduler, status: "running" as const, anchorWall: T0 + 5_000 },
    };
    expect(lastTouched(running)).toBe(T0 + 30_000);
    expect(lastTouched(old)).toBe(T0 + 25_000);
  });
});

describe("unfinishedOf", () => {
  it("says what was done and turns stale after 30 untouched minutes", () => {
    expect(unfinishedOf(active, T0 + MIN + STALE_AFTER_MS)).toEqual({
      active,
      doneMs: 25_000,
      totalMs: 60_000,
      touchedAtWall: T0 + MIN,
      stale: false,
    });
    expect(unfinishedOf(active, T0 + MIN + STALE_AFTER_MS + 1).stale).toBe(true);
  });
});

describe("openingOf", () => {
  it("resumes an unfinished session touched in the last 30 minutes", () => {
    expect(openingOf(active, undefined, T0 + 16 * MIN)).toEqual({ kind: "resume", active });
  });

  it("never resumes a stale one: it is offered to keep or discard", () => {
    expect(openingOf(active, undefined, T0 + 40 * MIN)).toMatchObject({
      kind: "unfinished",
      unfinished: { stale: true, doneMs: 25_000 },
    });
  });

  it("opens a plan handed over after the unfinished one started, at its start, with the old one beside it", () => {
    // "Start the massage" or "Practice 1 minute" 16 minutes later.
    const later = pending(T0 + 16 * MIN);
    expect(openingOf(active, later, T0 + 16 * MIN)).toMatchObject({
      kind: "before",
      pending: later,
      unfinished: { stale: false, doneMs: 25_000 },
    });
  });

  it("resumes the session over a plan handed over before it started (the one it was made from)", () => {
    expect(openingOf(active, pending(T0 - 5_000), T0 + 2 * MIN)).toEqual({
      kind: "resume",
      active,
    });
    expect(openingOf(active, pending(), T0 + 2 * MIN)).toEqual({ kind: "resume", active });
  });

  it("shows a plan on its own, or nothing", () => {
    const p = pending(T0);
    expect(openingOf(undefined, p, T0)).toEqual({ kind: "before", pending: p, unfinished: null });
    expect(openingOf(undefined, undefined, T0)).toEqual({ kind: "empty" });
  });
});
