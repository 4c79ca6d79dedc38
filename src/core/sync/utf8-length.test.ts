import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Length } from "./utf8-length.ts";

const encoded = (s: string) => new TextEncoder().encode(s).length;

describe("utf8Length", () => {
  it("counts one to four bytes a character", () => {
    expect(utf8Length("")).toBe(0);
    expect(utf8Length("a")).toBe(1);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("€")).toBe(3);
    expect(utf8Length("🌿")).toBe(4);
    expect(utf8Length("\ud83c")).toBe(3);
    expect(utf8Length("\udf3fa")).toBe(4);
  });

  it("agrees with TextEncoder on any string, lone surrogates included", () => {
    const anyUnits = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
      .map((a) => String.fromCharCode(...a));
    fc.assert(
      // binary-ascii: every ASCII character, controls included (the native fast path).
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary-ascii" }), anyUnits),
        (s) => {
          expect(utf8Length(s)).toBe(encoded(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
