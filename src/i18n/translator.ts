import type { Locale } from "../core/i18n/locales.ts";
import { type CompiledCatalog, compileOne, type RawCatalog } from "./compile-catalog.ts";
import { type MessageFunction, messageFunction, type Values } from "./message-function.ts";
import type { Translator } from "./message-ids.ts";

/**
 * A translator that makes each message into a function the first time it is said and keeps it,
 * so saying a message again costs a lookup and its placeholders. A message it does not have
 * shows its id (the completeness check, `catalog-check.ts`, keeps that out of a build) and is
 * looked up again next time, since the browser adds messages as screens load theirs.
 */
function translator(
  locale: Locale,
  compiled: (id: string) => Parameters<typeof messageFunction>[1] | undefined,
  missing: (id: string) => void = () => {},
): Translator {
  const said = new Map<string, MessageFunction>();
  const say = (id: string, values?: Values): string => {
    let fn = said.get(id);
    if (fn === undefined) {
      const message = compiled(id);
      if (message === undefined) {
        missing(id);
        return id;
      }
      fn = messageFunction(locale, message);
      said.set(id, fn);
    }
    return fn(values);
  };
  return Object.assign(say, { locale });
}

/**
 * A translator over messages compiled ahead of time (the browser's): `messages` may grow as
 * more of the catalog is loaded; `missing` hears of an id said before its message was there.
 */
export function translatorFrom(
  locale: Locale,
  messages: CompiledCatalog,
  missing?: (id: string) => void,
): Translator {
  return translator(
    locale,
    (id) => (Object.hasOwn(messages, id) ? messages[id] : undefined),
    missing,
  );
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
