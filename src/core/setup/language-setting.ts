import { isLocale, type Locale } from "../i18n/locales.ts";
import { isRecord } from "../validate/read.ts";

/** The section of the synced settings record that holds the person's language. */
export const LANGUAGE_SECTION = "language";

/** The version of the language section this code writes. */
export const LANGUAGE_SCHEMA_VERSION = 1;

/**
 * The `language` section of the settings record: the language the person chose in Settings. It
 * syncs with the account, so every device and the calendar subscription speak it. Absent until
 * the person chooses; until then each device follows its browser's languages.
 */
export interface LanguageSetting {
  readonly schemaVersion: 1;
  readonly locale: Locale;
}

/** The section to store for a chosen language. */
export function languageSetting(locale: Locale): LanguageSetting {
  return { schemaVersion: LANGUAGE_SCHEMA_VERSION, locale };
}

/**
 * The chosen language in a stored `language` section, read leniently: `undefined` when there is
 * none, or when it names a language this version does not speak (one a newer version added), so
 * the device falls back to the browser's languages rather than failing.
 */
export function readLanguageSetting(section: unknown): Locale | undefined {
  return isRecord(section) && isLocale(section.locale) ? section.locale : undefined;
}
