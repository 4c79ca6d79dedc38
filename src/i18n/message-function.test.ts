import { setupI18n } from "@lingui/core";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../core/i18n/locales.ts";
import { placeholders } from "./catalog-check.ts";
import { compileCatalog } from "./compile-catalog.ts";
import { messageFunction } from "./message-function.ts";
import { RAW_CATALOGS } from "./node-translator.ts";

/** Values for a message's placeholders: every select choice, plural numbers, plain text. */
function valueArbitrary(names: readonly string[]) {
  const fields: Record<string, fc.Arbitrary<string | number>> = {};
  for (const p of names) {
    const [name = "", kind = ""] = p.split(":");
    if (kind.startsWith("select{")) {
      const choices = kind.slice("select{".length, -1).split(",");
      fields[name] = fc.constantFrom(...choices, "not-a-choice");
    } else if (kind === "plural" || kind === "selectordinal") {
      fields[name] = fc.oneof(
        fc.constantFrom(0, 1, 2, 3, 5, 11, 21, 1000, 1.5),
        fc.integer({ min: 0, max: 100_000 }),
      );
    } else if (kind === "text" && fields[name] === undefined) {
      fields[name] = fc.oneof(fc.string(), fc.integer());
    }
  }
  return fc.record(fields);
}

describe("messageFunction says a message exactly as Lingui's runtime does", () => {
  for (const locale of LOCALES) {
    it(`every ${locale} message, with any values`, () => {
      const compiled = compileCatalog(RAW_CATALOGS[locale], locale);
      const lingui = setupI18n({ locale, messages: { [locale]: compiled } });
      let checked = 0;
      for (const [id, message] of Object.entries(compiled)) {
        const say = messageFunction(locale, message);
        const names = placeholders(message);
        if (names.length === 0) {
          expect(say(), id).toBe(lingui._(id));
          checked++;
          continue;
        }
        fc.assert(
          fc.property(valueArbitrary(names), (values) => {
            expect(say(values), id).toBe(lingui._(id, values));
          }),
          { numRuns: 12 },
        );
        checked++;
      }
      expect(checked).toBeGreaterThan(500);
    });
  }

  it("nested plurals, selects inside plurals, offsets, escapes and missing values", () => {
    const lingui = setupI18n({ locale: "de", messages: { de: {} } });
    const texts = [
      "{n, plural, offset:1 =0 {keine} one {# und du} other {# andere}}",
      "{n, plural, one {{k, select, a {# a} other {# b}}} other {{m, plural, one {# eins} other {# viele}}: #}}",
      "Pausen \\u00e4 {x}",
      "{n, selectordinal, one {#.} other {#.}}",
      "{missing} und {n, plural, other {#}}",
      "{n, number}",
    ];
    for (const text of texts) {
      const message = compileMessageOrThrow(text);
      lingui.load("de", { [text]: message });
      const valueSets: readonly Readonly<Record<string, string | number>>[] = [
        { n: 0, k: "a", m: 1, x: "\\u00fc" },
        { n: 1, k: "b", m: 2 },
        { n: 1234.5, m: 3 },
        {},
      ];
      for (const values of valueSets)
        expect(messageFunction("de", message)(values), text).toBe(lingui._(text, values));
    }
  });

  it("refuses a format type the catalogs do not use, when the message is made", () => {
    expect(() => messageFunction("en", compileMessageOrThrow("{d, date}"))).toThrow(/not "date"/);
  });
});
