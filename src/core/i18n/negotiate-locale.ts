import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales.ts";

/** The language part of a BCP 47 tag, lower case: "es" from "es-MX", "de" from "DE-at". */
function languageOf(tag: string): string {
  return tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
}

/**
 * The language to show a person who has not chosen one, from their browser's or system's
 * languages in order of preference (`navigator.languages`, `LANG`): the first whose language we
 * have, regional variants included ("de-AT" gets German), else English.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = languageOf(tag);
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
