import { isLocale, type Locale } from "../i18n/locales.ts";

/**
 * What a device tells the server about the page `/` will open, in a cookie: its first screen
 * (Today for someone set up, else the welcome) and its language. The server then names that
 * screen's code and words in the page it sends, so the browser fetches them with the app's own
 * code instead of after it (see `src/server/http/start-shell.ts`). Nothing in it is private: it
 * says only whether the device is set up and in which language.
 */
export const START_COOKIE = "nura-start";

/** The screens `/` opens first. */
export const START_HOMES = ["today", "welcome"] as const;

/** A screen `/` opens first. */
export type StartHome = (typeof START_HOMES)[number];

/** The cookie's content. */
export interface StartHint {
  readonly home: StartHome;
  readonly locale: Locale;
}

/** The cookie's value: `today.es`. */
export function formatStartHint(hint: StartHint): string {
  return `${hint.home}.${hint.locale}`;
}

/** What a cookie's value says; a part it does not say (or says wrongly) is left out. */
export function parseStartHint(value: string | undefined): Partial<StartHint> {
  const [home, locale] = (value ?? "").split(".");
  return {
    ...((START_HOMES as readonly string[]).includes(home ?? "") ? { home: home as StartHome } : {}),
    ...(locale !== undefined && isLocale(locale) ? { locale } : {}),
  };
}
