import { isLocale, type Locale } from "../core/i18n/locales.ts";
import deCli from "./catalogs/de/cli.json" with { type: "json" };
import deCore from "./catalogs/de/core.json" with { type: "json" };
import deWeb from "./catalogs/de/web.json" with { type: "json" };
import enCli from "./catalogs/en/cli.json" with { type: "json" };
import enCore from "./catalogs/en/core.json" with { type: "json" };
import enWeb from "./catalogs/en/web.json" with { type: "json" };
import esCli from "./catalogs/es/cli.json" with { type: "json" };
import esCore from "./catalogs/es/core.json" with { type: "json" };
import esWeb from "./catalogs/es/web.json" with { type: "json" };
import type { RawCatalog } from "./compile-catalog.ts";
import type { Translator } from "./message-ids.ts";
import { lazyTranslator } from "./translator.ts";

/** Every catalog as written, by language (Node only: the browser loads one compiled language). */
export const RAW_CATALOGS: Readonly<Record<Locale, RawCatalog>> = {
  en: { ...enCore, ...enWeb, ...enCli },
  es: { ...esCore, ...esWeb, ...esCli },
  de: { ...deCore, ...deWeb, ...deCli },
};

const made = new Map<Locale, Translator>();

/**
 * The translator for a language in Node (the CLI, the server's calendar, the site build, tests):
 * made once and kept, compiling each message when it is first said. An unknown language gets
 * English.
 */
export function translatorFor(locale: Locale | string): Translator {
  const l: Locale = isLocale(locale) ? locale : "en";
  let found = made.get(l);
  if (found === undefined) {
    found = lazyTranslator(l, RAW_CATALOGS[l], `catalogs/${l}`);
    made.set(l, found);
  }
  return found;
}
