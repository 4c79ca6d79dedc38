import { describe, expect, it } from "vitest";
import { checkRecord } from "./validate-record.ts";

const good = {
  id: "0192f000-0000-7000-8000-000000000001",
  kind: "routine",
  version: "0001764000000000-0000-devA",
  deleted: false,
  body: { name: "Evening", steps: [{ zone: "jaw" }] },
};

function problem(value: unknown) {
  const r = checkRecord(value);
  return r.ok ? null : r.problem;
}

describe("checkRecord", () => {
  it("accepts a well-formed record and a tombstone with a null body", () => {
    expect(checkRecord(good)).toEqual({ ok: true, record: good });
    expect(checkRecord({ ...good, deleted: true, body: null }).ok).toBe(true);
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

  it("requires a session's start and end", () => {
    const session = { ...good, kind: "session", body: { startedAt: "2026-11-25T08:00:00.000Z" } };
    expect(problem(session)).toEqual({
      field: "body.endedAt",
      message: "must be an ISO date-time",
    });
    const full = { ...session, body: { ...session.body, endedAt: "2026-11-25T08:06:00.000Z" } };
    expect(checkRecord(full).ok).toBe(true);
  });
});
