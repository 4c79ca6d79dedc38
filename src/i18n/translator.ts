import { type I18n, setupI18n } from "@lingui/core";
import type { Locale } from "../core/i18n/locales.ts";
import { type CompiledCatalog, compileOne, type RawCatalog } from "./compile-catalog.ts";
import type { Translator } from "./message-ids.ts";

type Values = Readonly<Record<string, string | number>>;

function translator(locale: Locale, say: (id: string, values?: Values) => string): Translator {
  return Object.assign(say, { locale });
}

/**
 * A translator over Lingui's runtime for one language's compiled messages (the browser's, built
 * ahead of time). A message missing from the catalog shows its id; the completeness check
 * (`catalog-check.ts`) keeps that out of a build.
 */
export function translatorFrom(locale: Locale, messages: CompiledCatalog): Translator {
  const i18n: I18n = setupI18n({ locale, messages: { [locale]: messages } });
  return translator(locale, (id, values) => i18n._(id, values));
}

/**
 * A translator that compiles each message the first time it is said (Node: a command says a
 * few dozen of a catalog's messages, so compiling all of them would only slow its start).
 */
export function lazyTranslator(locale: Locale, raw: RawCatalog, where: string): Translator {
  const i18n: I18n = setupI18n({ locale, messages: { [locale]: {} } });
  const compiled = new Set<string>();
  return translator(locale, (id, values) => {
    const text = raw[id];
    if (!compiled.has(id) && text !== undefined) {
      i18n.load(locale, { [id]: compileOne(id, text, where) });
      compiled.add(id);
    }
    return i18n._(id, values);
  });
}
