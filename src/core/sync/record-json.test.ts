import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordKinds } from "./record.ts";
import { recordJson } from "./record-json.ts";

describe("recordJson", () => {
  it("writes what JSON.stringify writes for the record's wire fields, whatever else it carries", () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.constantFrom(...recordKinds),
        // Any text, quotes, backslashes and control characters included, besides the stamps' own.
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 20 }),
          fc.string({ minLength: 1, maxLength: 20, unit: "binary" }),
        ),
        fc.boolean(),
        fc.oneof(fc.constant(null), fc.object()),
        (id, kind, device, deleted, body) => {
          const r = { id, kind, version: `0001764000000000-0000-${device}`, deleted, body };
          const wire = JSON.stringify({ id, kind, version: r.version, deleted, body });
          expect(recordJson({ ...r, dirty: 1 } as typeof r)).toBe(wire);
          expect(recordJson(r, JSON.stringify(body))).toBe(wire);
        },
      ),
      { numRuns: 500 },
    );
  });
});
