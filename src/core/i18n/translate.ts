import type { Locale } from "./locales.ts";

/**
 * The id of a message core can say: a key of the English core catalog. A type only (nothing of
 * the catalog is bundled with core), so the compiler refuses a misspelt or missing id, including
 * ids built from a template such as `zone.${ZoneId}.name`.
 */
export type MessageId = keyof typeof import("../../i18n/catalogs/en/core.json");

/** What fills a message's `{placeholders}`: text already in the right language, or a number. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Turns a message id and its values into text in one language (ICU MessageFormat: placeholders,
 * plurals, selects). Core never imports a translation library: every function that says
 * something takes one of these, made outside core from the catalogs (`src/i18n`), and reads its
 * `locale` to format dates, numbers and lists with `Intl`.
 */
export interface Translate {
  (id: MessageId, values?: MessageValues): string;
  readonly locale: Locale;
}
