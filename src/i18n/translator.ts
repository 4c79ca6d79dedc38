import type { Locale } from "../core/i18n/locales.ts";
import { type CompiledCatalog, compileOne, type RawCatalog } from "./compile-catalog.ts";
import { type MessageFunction, messageFunction, type Values } from "./message-function.ts";
import type { Translator } from "./message-ids.ts";

/**
 * A translator that makes each message into a function the first time it is said and keeps it,
 * so saying a message again costs a lookup and its placeholders. A message missing from the
 * catalog shows its id; the completeness check (`catalog-check.ts`) keeps that out of a build.
 */
function translator(
  locale: Locale,
  compiled: (id: string) => Parameters<typeof messageFunction>[1] | undefined,
): Translator {
  const said = new Map<string, MessageFunction>();
  const say = (id: string, values?: Values): string => {
    let fn = said.get(id);
    if (fn === undefined) {
      fn = messageFunction(locale, compiled(id) ?? id);
      said.set(id, fn);
    }
    return fn(values);
  };
  return Object.assign(say, { locale });
}

/** A translator over one language's messages compiled ahead of time (the browser's). */
export function translatorFrom(locale: Locale, messages: CompiledCatalog): Translator {
  return translator(locale, (id) => messages[id]);
}

/**
 * A translator that compiles each message the first time it is said (Node: a command says a
 * few dozen of a catalog's messages, so compiling all of them would only slow its start).
 */
export function lazyTranslator(locale: Locale, raw: RawCatalog, where: string): Translator {
  return translator(locale, (id) => {
    const text = raw[id];
    return text === undefined ? undefined : compileOne(id, text, where);
  });
}
