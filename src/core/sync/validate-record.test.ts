import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkinBody, sessionFacts } from "../progress/test-fixtures.ts";
import { checkRecord } from "./validate-record.ts";

const nowMs = Date.parse("2025-11-24T16:00:00.000Z");
const good = {
  id: "0192f000-0000-7000-8000-000000000001",
  kind: "routine",
  version: "0001764000000000-0000-devA",
  deleted: false,
  body: { name: "Evening", steps: [{ zone: "jaw" }] },
};

function problem(value: unknown) {
  const r = checkRecord(value, { nowMs });
  return r.ok ? null : r.problem;
}

describe("checkRecord", () => {
  it("accepts a well-formed record and a tombstone with a null body", () => {
    const json = JSON.stringify(good.body);
    expect(checkRecord(good, { nowMs })).toEqual({
      ok: true,
      record: good,
      body: { json, bytes: json.length },
    });
    expect(checkRecord({ ...good, deleted: true, body: null }, { nowMs })).toEqual({
      ok: true,
      record: { ...good, deleted: true, body: null },
    });
  });

  it("hands back the body's JSON and its UTF-8 size, so a store need not serialise it again", () => {
    const body = { name: "Crème du soir 🌙", steps: [{ zone: "jaw", note: '"slow"' }] };
    const result = checkRecord({ ...good, body }, { nowMs });
    const json = JSON.stringify(body);
    expect(result.ok && result.body).toEqual({
      json,
      bytes: new TextEncoder().encode(json).length,
    });
  });

  it("names the field that is wrong", () => {
    expect(problem(null)).toEqual({ field: "record", message: "must be an object" });
    expect(problem({ ...good, id: "42" })).toEqual({ field: "id", message: "must be a UUID" });
    expect(problem({ ...good, kind: "photo" })?.field).toBe("kind");
    expect(problem({ ...good, version: "yesterday" })?.field).toBe("version");
    expect(problem({ ...good, deleted: "no" })?.field).toBe("deleted");
    expect(problem({ ...good, body: null })).toEqual({
      field: "body",
      message: "must be an object",
    });
    expect(problem({ ...good, body: [1] })?.field).toBe("body");
    expect(problem({ ...good, extra: 1 })).toEqual({
      field: "extra",
      message: "is not a record field",
    });
  });

  it("refuses bodies that are too big, too deep, or carry prototype keys", () => {
    expect(problem({ ...good, body: { s: "x".repeat(70_000) } })).toEqual({
      field: "body",
      message: "is over 64 KiB",
    });
    let deep: unknown = {};
    for (let i = 0; i < 20; i++) deep = { d: deep };
    expect(problem({ ...good, body: deep })?.message).toBe("nests deeper than 16");
    const polluted = JSON.parse('{"a":{"__proto__":{"admin":true}}}');
    expect(problem({ ...good, body: polluted })).toEqual({
      field: "body.a.__proto__",
      message: "is not allowed",
    });
    expect(problem({ ...good, body: { constructor: 1 } })?.field).toBe("body.constructor");
  });

  it("checks a session, a check-in and settings in the shape progress and Today read them", () => {
    const session = { ...good, kind: "session", body: sessionFacts() };
    expect(checkRecord(session, { nowMs }).ok).toBe(true);
    expect(problem({ ...session, body: { ...sessionFacts(), endedAt: "later" } })).toEqual({
      field: "body.endedAt",
      message: "must be an ISO instant after the start",
    });
    expect(problem({ ...session, body: { startedAt: "2026-11-25T08:00:00.000Z" } })).toEqual({
      field: "body.slot",
      message: "must be one of am, pm, weekly, practice",
    });
    // The medium is what the person chose in the player's check: never "none", never free text.
    for (const medium of ["none", "water", ""])
      expect(problem({ ...session, body: { ...sessionFacts(), medium } })).toEqual({
        field: "body.medium",
        message: "must be one of serum, facial-oil, moisturizer, cream",
      });
    const checkin = { ...good, kind: "checkin", body: checkinBody() };
    expect(checkRecord(checkin, { nowMs }).ok).toBe(true);
    expect(problem({ ...checkin, body: { ...checkinBody(), note: 7 } })).toEqual({
      field: "body.note",
      message: "must be text; got 7",
    });
    expect(problem({ ...good, kind: "settings", body: { player: 3 } })).toEqual({
      field: "body.player",
      message: "must be an object",
    });
    // A field a newer app adds is kept as it came.
    const newer = { ...checkin, body: { ...checkinBody(), mood: "calm" } };
    expect(checkRecord(newer, { nowMs })).toMatchObject({ ok: true, record: newer });
    // A tombstone's body is not held to its kind's shape.
    expect(checkRecord({ ...session, deleted: true, body: {} }, { nowMs }).ok).toBe(true);
  });

  it("refuses control characters in any string or key of a body", () => {
    expect(problem({ ...good, body: { name: "a\u0000b" } })).toEqual({
      field: "body.name",
      message: "must not contain control characters",
    });
    expect(problem({ ...good, body: { steps: [{ zone: "\u001b[31m" }] } })?.field).toBe(
      "body.steps.0.zone",
    );
    expect(problem({ ...good, body: { "k\u0007": 1 } })?.message).toBe(
      "has a key with control characters",
    );
    expect(checkRecord({ ...good, body: { note: "line one\n\tline two\r\n" } }, { nowMs }).ok).toBe(
      true,
    );
  });

  it("refuses a stamp more than ten minutes ahead of the receiver's clock, as clock skew", () => {
    const stamp = (ms: number) => `${String(ms).padStart(16, "0")}-0000-devA`;
    expect(checkRecord({ ...good, version: stamp(nowMs + 600_000) }, { nowMs }).ok).toBe(true);
    expect(problem({ ...good, version: stamp(nowMs + 600_001) })).toEqual({
      field: "version",
      code: "clock-skew",
      message:
        "is dated more than 10 minutes ahead of this clock; check the device's date and time",
    });
    expect(problem({ ...good, version: "9999999999999999-0000-devA" })?.code).toBe("clock-skew");
  });

  it("finds a control character in any string or key, however backslashes surround it", () => {
    const text = fc.string({
      unit: fc.constantFrom(
        "a",
        "b",
        "f",
        "u",
        "0",
        "1",
        "\\",
        '"',
        "\t",
        "\n",
        "\r",
        "\u0000",
        "\b",
        "\f",
        "\u001f",
        "é",
      ),
      maxLength: 12,
    });
    const hasControl = (t: string) =>
      [...t].some((ch) => ch.charCodeAt(0) < 0x20 && !"\t\n\r".includes(ch));
    fc.assert(
      fc.property(text, text, (key, value) => {
        const r = checkRecord({ ...good, body: { note: value, nested: { [key]: 1 } } }, { nowMs });
        expect(!r.ok && r.problem.message.includes("control characters")).toBe(
          hasControl(key) || hasControl(value),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("stops walking a deep body at the depth it allows", () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(problem({ ...good, body: { d: deep } })?.message).toBe("nests deeper than 16");
  });
});
