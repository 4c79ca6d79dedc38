import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatHlc,
  initialHlc,
  isTooFarAhead,
  MAX_CLOCK_AHEAD_MS,
  observeHlc,
  parseHlc,
  tickHlc,
} from "./hlc.ts";
import { uuidPattern, uuidv7 } from "./uuid7.ts";

describe("hybrid logical clock", () => {
  it("formats as fixed-width text that parses back", () => {
    const s = { ms: 1_764_000_000_000, counter: 7, device: "dev-A" };
    expect(formatHlc(s)).toBe("0001764000000000-0007-dev-A");
    expect(parseHlc(formatHlc(s))).toEqual(s);
    expect(parseHlc("not a stamp")).toBeNull();
  });

  it("counts up when the wall clock stands still or steps back", () => {
    const a = tickHlc(initialHlc("d"), 1000);
    const b = tickHlc(a, 1000);
    const c = tickHlc(b, 500);
    expect([a, b, c].map((s) => [s.ms, s.counter])).toEqual([
      [1000, 0],
      [1000, 1],
      [1000, 2],
    ]);
  });

  it("issues strictly increasing stamps whatever the wall clock does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { maxLength: 200 }),
        (times) => {
          let s = initialHlc("dev");
          let last = "";
          for (const t of times) {
            s = tickHlc(s, t);
            const stamp = formatHlc(s);
            expect(stamp > last).toBe(true);
            last = stamp;
          }
        },
      ),
    );
  });

  it("sorts its next stamp after a remote stamp it has observed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000_000 }),
        fc.integer({ min: 0, max: 9998 }),
        fc.integer({ min: 0, max: 2_000_000_000_000 }),
        (remoteMs, remoteCounter, now) => {
          const remote = formatHlc({ ms: remoteMs, counter: remoteCounter, device: "zzz" });
          const next = tickHlc(observeHlc(initialHlc("aaa"), remote, now), now);
          expect(formatHlc(next) > remote).toBe(true);
        },
      ),
    );
  });
});

describe("uuidv7", () => {
  it("puts the timestamp first, sets version 7 and the RFC variant", () => {
    const id = uuidv7(0x0189_abcd_ef01, new Uint8Array(10).fill(0xff));
    expect(id).toBe("0189abcd-ef01-7fff-bfff-ffffffffffff");
    expect(uuidPattern.test(id)).toBe(true);
  });

  it("sorts ids by creation time", () => {
    const r = new Uint8Array(10);
    expect(uuidv7(1000, r) < uuidv7(1001, r)).toBe(true);
  });

  it("says when a stamp is more than ten minutes ahead of a clock", () => {
    const now = 1_764_000_000_000;
    const at = (ms: number) => formatHlc({ ms, counter: 0, device: "d" });
    expect(MAX_CLOCK_AHEAD_MS).toBe(600_000);
    expect(isTooFarAhead(at(now + 600_000), now)).toBe(false);
    expect(isTooFarAhead(at(now + 600_001), now)).toBe(true);
    expect(isTooFarAhead("9999999999999999-0000-d", now)).toBe(true);
    expect(isTooFarAhead(at(now - 5), now)).toBe(false);
    expect(isTooFarAhead("not a stamp", now)).toBe(false);
  });
});
