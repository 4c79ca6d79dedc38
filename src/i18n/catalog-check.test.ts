import { describe, expect, it } from "vitest";
import { LOCALES } from "../core/i18n/locales.ts";
import { catalogProblems } from "./catalog-check.ts";
import { RAW_CATALOGS } from "./node-translator.ts";

describe("catalogProblems", () => {
  const source = {
    a: "{n, plural, one {# stroke} other {# strokes}} on {zone}",
    b: "{side, select, left {Left cheek} other {Right cheek}}",
    c: "Plain",
  };

  it("finds nothing in a complete translation, whatever its plural forms", () => {
    const target = {
      a: "{n, plural, one {# pasada} many {# de pasadas} other {# pasadas}} en {zone}",
      b: "{side, select, left {Mejilla izquierda} other {Mejilla derecha}}",
      c: "Sencillo",
    };
    expect(catalogProblems(source, target, "es")).toEqual([]);
  });

  it("names missing and extra ids, changed placeholders and quoted braces", () => {
    const target = {
      a: "{count, plural, one {# Streichung} other {# Streichungen}} an {zone}",
      b: "{side, select, left {Linke Wange} right {Rechte Wange} other {Wange}}",
      d: "Übrig",
      c: "Das '{zone}'",
    };
    expect(catalogProblems(source, target, "de")).toEqual([
      'de: "a" has placeholders [count:plural, zone:text], not [n:plural, zone:text]',
      'de: "b" has placeholders [side:select, side:select{left,other,right}], not [side:select, side:select{left,other}]',
      'de: "d" is not in the source catalog',
      'de: "c" quotes a brace with an apostrophe',
    ]);
  });

  it("refuses a message that is not ICU MessageFormat, naming it", () => {
    expect(() => catalogProblems(source, { ...source, c: "{broken" }, "de")).toThrow(/"c"/);
  });
});

describe("the catalogs", () => {
  it("give every language the source language's ids, with the same placeholders", () => {
    for (const locale of LOCALES) {
      expect(catalogProblems(RAW_CATALOGS.en, RAW_CATALOGS[locale], locale)).toEqual([]);
    }
  });
});
