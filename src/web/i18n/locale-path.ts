import { DEFAULT_LOCALE, isLocale, type Locale } from "../../core/i18n/locales.ts";

const PREFIX = /^\/([a-z]{2})(?=\/|$)/;

/** The language an address names by its prefix (`/es/learn/guides` → es); none for English. */
export function pathLocale(pathname: string): Locale | undefined {
  const found = PREFIX.exec(pathname)?.[1];
  return isLocale(found) && found !== DEFAULT_LOCALE ? found : undefined;
}

/** An address without its language prefix, as the routes know it: `/es/learn` → `/learn`. */
export function appPath(pathname: string): string {
  return pathLocale(pathname) === undefined ? pathname : pathname.replace(PREFIX, "") || "/";
}

/** The address of an app path in a language: English has no prefix, the others `/<locale>`. */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path === "/" ? "" : path}`;
}
