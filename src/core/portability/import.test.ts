import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkinBody, sessionFacts } from "../progress/test-fixtures.ts";
import type { SyncRecord } from "../sync/record.ts";
import { buildExport } from "./export-format.ts";
import { exportRecords } from "./export-records.ts";
import { parseExport } from "./import-parse.ts";
import { planImport } from "./import-plan.ts";

/** The importing device's clock: every stamp below is older. */
const now = Date.parse("2026-03-05T10:00:00Z");
const v = (ms: number, device = "devA") => `${String(ms).padStart(16, "0")}-0000-${device}`;
const id = (n: number) => `0192a3b4-c5d6-7e8f-9a0b-${String(n).padStart(12, "0")}`;

const records: SyncRecord[] = [
  { id: id(3), kind: "checkin", version: v(3), deleted: false, body: checkinBody() },
  { id: id(1), kind: "session", version: v(1), deleted: false, body: sessionFacts() },
  {
    id: id(2),
    kind: "settings",
    version: v(2),
    deleted: false,
    body: { progress: { hideStreaks: true } },
  },
  { id: id(4), kind: "session", version: v(4), deleted: true, body: null },
];
const file = buildExport(exportRecords(records), new Date("2026-03-05T10:00:00Z"));
const text = JSON.stringify(file);

function refusal(input: string): string {
  const result = parseExport(input, now);
  if (result.ok) throw new Error("expected a refusal");
  return `${result.error.field}: ${result.error.message}`;
}

describe("export and parse", () => {
  it("orders records by id and reads them back unchanged", () => {
    expect(file.records.map((r) => r.id)).toEqual([id(1), id(2), id(3), id(4)]);
    const parsed = parseExport(text, now);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(JSON.stringify(parsed.value)).toBe(text);
  });

  it("refuses a truncated file", () => {
    expect(refusal(text.slice(0, text.length - 10))).toBe(
      "file: the file is not valid JSON; it may be cut short or changed",
    );
  });

  it("refuses a file from a newer Nura", () => {
    expect(refusal(text.replace('"schemaVersion":1', '"schemaVersion":2'))).toBe(
      "schemaVersion: the file was made by a newer Nura (schema 2); this one reads schema 1. Update the app first.",
    );
  });

  it("refuses other JSON, unknown kinds, wrong types and bad bodies, naming the record", () => {
    expect(refusal("[]")).toBe('format: this is not a Nura export (format must be "nura-export")');
    expect(refusal(text.replace('"kind":"settings"', '"kind":"photo"'))).toMatch(
      /^records\[1\]\.kind: /,
    );
    expect(refusal(text.replace('"secondsDone":360', '"secondsDone":"360"'))).toBe(
      "records[0].body.secondsDone: records[0].body.secondsDone must be seconds in a day",
    );
    expect(refusal(text.replace('"puffiness":3', '"puffiness":9'))).toMatch(
      /^records\[2\]\.body\.ratings\.puffiness: /,
    );
    expect(refusal(text.replace(`"id":"${id(1)}"`, `"id":"${id(2)}"`))).toBe(
      "records[1].id: records[1].id appears twice in the file",
    );
  });

  it("refuses prototype keys and huge strings anywhere", () => {
    expect(refusal(text.replace('"hideStreaks":true', '"__proto__":{"admin":true}'))).toBe(
      'file.records[1].body.progress.__proto__: file.records[1].body.progress uses the forbidden key "__proto__"',
    );
    expect(refusal(text.replace('"note":""', `"note":"${"x".repeat(30_000)}"`))).toMatch(
      /is 30000 characters long; at most 20000$/,
    );
    const deep = `file${"[0]".repeat(16)}`;
    expect(refusal(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBe(
      `${deep}: ${deep} is nested too deeply`,
    );
  });

  it("never throws on any input", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((j) => JSON.stringify({ ...file, records: [j] })),
        ),
        (input) => {
          const result = parseExport(input, now);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("planImport", () => {
  it("writes everything into an empty device, then nothing the second time", () => {
    const first = planImport(file.records, new Map());
    expect(first.write).toHaveLength(4);
    expect(first.imported).toEqual({ profile: 0, routine: 0, settings: 1, session: 2, checkin: 1 });
    const here = new Map(first.write.map((r) => [r.id, r]));
    const again = planImport(file.records, here);
    expect(again.write).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual([
      "already-here",
      "already-here",
      "already-here",
      "already-here",
    ]);
  });

  it("keeps newer documents and deletions on the device, and never crosses kinds", () => {
    const here = new Map<string, SyncRecord>([
      [id(2), { id: id(2), kind: "settings", version: v(9), deleted: false, body: {} }],
      [id(1), { id: id(1), kind: "session", version: v(5), deleted: true, body: null }],
      [id(3), { id: id(3), kind: "session", version: v(3), deleted: false, body: sessionFacts() }],
    ]);
    const plan = planImport(file.records, here);
    expect(plan.write.map((r) => r.id)).toEqual([id(4)]);
    expect(plan.skipped).toEqual([
      { id: id(1), kind: "session", reason: "newer-here" },
      { id: id(2), kind: "settings", reason: "newer-here" },
      { id: id(3), kind: "checkin", reason: "other-kind" },
    ]);
  });

  it("round-trips any set of records: export, parse, plan into an empty device gives them back", () => {
    const recordArb = fc.record({
      n: fc.integer({ min: 0, max: 999 }),
      ms: fc.integer({ min: 1, max: 2 ** 40 }),
      note: fc.string({ maxLength: 50 }),
      puffiness: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(recordArb, { selector: (r) => r.n, maxLength: 20 }), (items) => {
        const input: SyncRecord[] = items.map((r) => ({
          id: id(r.n),
          kind: "checkin",
          version: v(r.ms),
          deleted: false,
          body: checkinBody({ note: r.note, ratings: { puffiness: r.puffiness as 1 } }),
        }));
        const out = buildExport(exportRecords(input), new Date(0));
        const parsed = parseExport(JSON.stringify(out), now);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const plan = planImport(parsed.value.records, new Map());
        expect(exportRecords(plan.write)).toEqual(exportRecords(input));
      }),
      { numRuns: 100 },
    );
  });
});
