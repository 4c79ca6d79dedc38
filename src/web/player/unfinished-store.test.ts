import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { openLocalDb } from "../local/local-db.ts";
import { Records } from "../local/records.ts";
import { threeStepPlan } from "./fake-clock.test-support.ts";
import { ACTIVE_KEY, type ActiveSession, PENDING_KEY } from "./handoff.ts";
import { unfinishedOf } from "./unfinished-session.ts";
import {
  chooseUnfinished,
  discardUnfinished,
  keepUnfinished,
  readPlayerState,
} from "./unfinished-store.ts";

const T0 = Date.UTC(2026, 10, 25, 20, 0, 0);
const active: ActiveSession = {
  plan: threeStepPlan,
  meta: { slot: "pm", title: "Evening massage", minutes: 1, goals: [], adjustments: [] },
  medium: "cream",
  startedAtWall: T0,
  timeZone: "Europe/Paris",
  scheduler: { status: "running", anchorWall: T0, elapsedMs: 25_000, next: 4 },
  recordId: "01900000-0000-7000-8000-0000000000c1",
  touchedAtWall: T0 + 25_000,
};
let n = 0;
const fresh = async () => {
  const records = new Records(await openLocalDb(`unfinished-${++n}`));
  await records.setMeta(ACTIVE_KEY, active);
  return records;
};
const LATER = T0 + 40 * 60_000;

describe("an unfinished session on the device", () => {
  it("is kept as an ended-early session dated when it was last seen, once however often", async () => {
    const records = await fresh();
    const u = unfinishedOf(active, LATER);
    await keepUnfinished(records, u);
    await keepUnfinished(records, u);
    const sessions = await records.list("session");
    expect(sessions.map((s) => [s.id, s.body])).toEqual([
      [
        active.recordId,
        expect.objectContaining({
          slot: "pm",
          secondsDone: 25,
          completed: false,
          zones: ["collarbone", "cheeks"],
          medium: "cream",
          startedAt: "2026-11-25T20:00:00.000Z",
          endedAt: "2026-11-25T20:00:25.000Z",
        }),
      ],
    ]);
    expect(await records.getMeta(ACTIVE_KEY)).toBeUndefined();
  });

  it("is only forgotten when nothing was done, and discarding leaves a newer session alone", async () => {
    const records = await fresh();
    const none = { ...active, scheduler: { ...active.scheduler, elapsedMs: 400 } };
    await keepUnfinished(records, unfinishedOf(none, LATER));
    expect(await records.list("session")).toEqual([]);
    expect(await records.getMeta(ACTIVE_KEY)).toBeUndefined();

    const newer = { ...active, startedAtWall: LATER };
    await records.setMeta(ACTIVE_KEY, newer);
    await discardUnfinished(records, unfinishedOf(active, LATER));
    expect(await records.getMeta(ACTIVE_KEY)).toEqual(newer);
  });

  it("is over once its record is in the history, and wins over a plan when chosen", async () => {
    const records = await fresh();
    await records.setMeta(PENDING_KEY, {
      plan: threeStepPlan,
      meta: active.meta,
      handedAtWall: LATER,
    });
    expect((await readPlayerState(records)).active).toEqual(active);
    await chooseUnfinished(records);
    expect((await readPlayerState(records)).pending).toBeUndefined();
    await keepUnfinished(records, unfinishedOf(active, LATER));
    await records.setMeta(ACTIVE_KEY, active); // the end was written, clearing the place was not
    expect(await readPlayerState(records)).toEqual({ active: undefined, pending: undefined });
    expect(await records.getMeta(ACTIVE_KEY)).toBeUndefined();
  });
});
