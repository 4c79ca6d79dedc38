import { DEFAULT_LOCALE, isLocale, LOCALES } from "../../core/i18n/locales.ts";
import type { Translator } from "../../i18n/message-ids.ts";
import { translatorFor } from "../../i18n/node-translator.ts";
import { UsageError } from "../command.ts";

/** The `--lang` flag, as `node:util` parseArgs reads it. */
export const langOption = { lang: { type: "string" } } as const;

/** The help line for `--lang`, its text starting at `column` as the command's other lines do. */
export function langHelp(column: number): string {
  const flag = "  --lang L".padEnd(column);
  return `${flag}print in this language: ${LOCALES.join(", ")} (default ${DEFAULT_LOCALE})`;
}

/**
 * The translator a command prints with: `--lang`'s language, English without it. A language
 * Nura does not speak is a usage error that names the ones it does (in English: the person
 * has not got a language yet).
 */
export function langTranslator(value: string | undefined): Translator {
  if (value === undefined) return translatorFor(DEFAULT_LOCALE);
  if (!isLocale(value))
    throw new UsageError(
      translatorFor(DEFAULT_LOCALE)("cli.lang.invalid", { langs: LOCALES.join(", "), got: value }),
    );
  return translatorFor(value);
}
