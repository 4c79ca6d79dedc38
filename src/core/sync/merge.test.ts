import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatHlc } from "./hlc.ts";
import { mergeAll, mergeRecord } from "./merge.ts";
import type { RecordKind, SyncRecord } from "./record.ts";

const ids = ["r-session", "r-checkin", "r-profile", "r-routine", "r-settings"] as const;
const kindOf: Readonly<Record<(typeof ids)[number], RecordKind>> = {
  "r-session": "session",
  "r-checkin": "checkin",
  "r-profile": "profile",
  "r-routine": "routine",
  "r-settings": "settings",
};

function rec(
  id: (typeof ids)[number],
  ms: number,
  device: string,
  deleted = false,
  counter = 0,
): SyncRecord {
  const version = formatHlc({ ms, counter, device });
  return { id, kind: kindOf[id], version, deleted, body: deleted ? {} : { v: version } };
}

/** Writes with distinct stamps, as real devices issue them (the stamp ends with the device). */
const writes = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom(...ids),
      ms: fc.integer({ min: 0, max: 20 }),
      counter: fc.integer({ min: 0, max: 2 }),
      device: fc.constantFrom("devA", "devB", "devC"),
      deleted: fc.boolean(),
    }),
    { selector: (w) => `${w.id}|${w.ms}|${w.counter}|${w.device}`, maxLength: 30 },
  )
  .map((ws) => ws.map((w) => rec(w.id, w.ms, w.device, w.deleted, w.counter)));

function replay(records: readonly SyncRecord[]): Map<string, SyncRecord> {
  const state = new Map<string, SyncRecord>();
  for (const r of records) state.set(r.id, mergeRecord(state.get(r.id), r).winner);
  return state;
}

function sorted(state: Map<string, SyncRecord>): SyncRecord[] {
  return [...state.values()].sort((a, b) => a.id.localeCompare(b.id));
}

describe("mergeRecord, examples", () => {
  it("takes an incoming record when nothing is stored", () => {
    const r = rec("r-routine", 5, "devA");
    expect(mergeRecord(undefined, r)).toEqual({ winner: r, changed: true });
  });

  it("keeps the later routine whichever arrives first", () => {
    const early = rec("r-routine", 5, "devA");
    const late = rec("r-routine", 9, "devB");
    expect(mergeRecord(early, late)).toEqual({ winner: late, changed: true });
    expect(mergeRecord(late, early)).toEqual({ winner: late, changed: false });
  });

  it("breaks a same-millisecond tie by device id", () => {
    const a = rec("r-settings", 5, "devA");
    const b = rec("r-settings", 5, "devB");
    expect(mergeRecord(a, b).winner.version).toBe("0000000000000005-0000-devB");
    expect(mergeRecord(b, a).winner.version).toBe("0000000000000005-0000-devB");
  });

  it("treats an equal stamp as the same write: no change", () => {
    const a = rec("r-profile", 5, "devA");
    const replayed = { ...a, body: { other: true } };
    expect(mergeRecord(a, replayed)).toEqual({ winner: a, changed: false });
  });

  it("takes a later correction of a session and lets a tombstone delete it for good", () => {
    const first = rec("r-session", 3, "devA");
    const corrected = rec("r-session", 7, "devA");
    expect(mergeRecord(first, corrected)).toEqual({ winner: corrected, changed: true });
    expect(mergeRecord(corrected, first)).toEqual({ winner: corrected, changed: false });
    const tomb = rec("r-session", 5, "devB", true);
    expect(mergeRecord(corrected, tomb)).toEqual({ winner: tomb, changed: true });
    expect(mergeRecord(tomb, corrected)).toEqual({ winner: tomb, changed: false });
  });

  it("lets a later document tombstone delete, and a still later write revive", () => {
    const doc = rec("r-routine", 3, "devA");
    const tomb = rec("r-routine", 4, "devB", true);
    const revived = rec("r-routine", 6, "devA");
    expect(mergeRecord(doc, tomb).winner.deleted).toBe(true);
    expect(mergeRecord(tomb, revived).winner).toEqual(revived);
  });

  it("never replaces a record with one of another kind", () => {
    const stored = rec("r-routine", 3, "devA");
    const other: SyncRecord = { ...rec("r-routine", 9, "devB"), kind: "profile" };
    expect(mergeRecord(stored, other)).toEqual({ winner: stored, changed: false });
  });

  it("folds repeated ids to one winner each", () => {
    const out = mergeAll([
      rec("r-routine", 1, "devA"),
      rec("r-session", 4, "devA"),
      rec("r-routine", 7, "devB"),
      rec("r-session", 2, "devB"),
    ]);
    expect(out.map((r) => r.version)).toEqual([
      "0000000000000007-0000-devB",
      "0000000000000004-0000-devA",
    ]);
  });
});

describe("mergeRecord, properties", () => {
  it("is idempotent: merging a record into itself, or twice, changes nothing", () => {
    fc.assert(
      fc.property(writes, (ws) => {
        const once = replay(ws);
        expect(sorted(replay([...ws, ...ws]))).toEqual(sorted(once));
        for (const r of ws) expect(mergeRecord(r, r)).toEqual({ winner: r, changed: false });
      }),
    );
  });

  it("is commutative for any two writes of one id", () => {
    fc.assert(
      fc.property(writes, (ws) => {
        for (const a of ws) {
          for (const b of ws) {
            if (a.id !== b.id) continue;
            expect(mergeRecord(a, b).winner).toEqual(mergeRecord(b, a).winner);
          }
        }
      }),
    );
  });

  it("is associative: (a·b)·c equals a·(b·c)", () => {
    fc.assert(
      fc.property(writes, (ws) => {
        const same = ws.filter((w) => w.id === ws[0]?.id).slice(0, 3);
        const [a, b, c] = same;
        if (!a || !b || !c) return;
        const left = mergeRecord(mergeRecord(a, b).winner, c).winner;
        const right = mergeRecord(a, mergeRecord(b, c).winner).winner;
        expect(left).toEqual(right);
      }),
    );
  });

  it("converges whatever order the writes arrive in", () => {
    fc.assert(
      fc.property(
        writes.chain((ws) =>
          fc.tuple(fc.constant(ws), fc.shuffledSubarray(ws, { minLength: ws.length })),
        ),
        ([ws, shuffled]) => {
          expect(sorted(replay(shuffled))).toEqual(sorted(replay(ws)));
        },
      ),
    );
  });

  it("converges across devices that sync through a server in any interleaving", () => {
    fc.assert(
      fc.property(writes, fc.array(fc.nat(), { maxLength: 40 }), (ws, schedule) => {
        // Each device starts with its own writes; at each step one device pushes to, or pulls
        // from, the server. After everyone pushes and then pulls, all hold the same state.
        const devices = ["devA", "devB", "devC"].map((d) =>
          replay(ws.filter((w) => w.version.endsWith(d))),
        );
        let server = new Map<string, SyncRecord>();
        const pushTo = (from: Map<string, SyncRecord>) => {
          server = replay([...server.values(), ...from.values()]);
        };
        const pullInto = (i: number) => {
          devices[i] = replay([...(devices[i]?.values() ?? []), ...server.values()]);
        };
        for (const step of schedule) {
          const i = step % 3;
          if (step % 2 === 0) pushTo(devices[i] ?? new Map());
          else pullInto(i);
        }
        for (const d of devices) pushTo(d);
        for (let i = 0; i < 3; i++) pullInto(i);
        const expected = sorted(replay(ws));
        for (const d of devices) expect(sorted(d)).toEqual(expected);
        expect(sorted(server)).toEqual(expected);
      }),
    );
  });

  it("reports changed exactly when the winner is not the stored record", () => {
    fc.assert(
      fc.property(writes, (ws) => {
        for (const a of ws) {
          for (const b of ws) {
            if (a.id !== b.id) continue;
            const { winner, changed } = mergeRecord(a, b);
            expect(changed).toBe(winner !== a);
          }
        }
      }),
    );
  });
});
