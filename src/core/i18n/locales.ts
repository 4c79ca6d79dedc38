/**
 * The languages Nura speaks. The first is the source language: its catalog holds every message,
 * and the others must hold the same ids (`src/i18n/catalog-check.ts`). Adding a language starts
 * here; docs/architecture.md lists the rest.
 */
export const LOCALES = ["en", "es", "de"] as const;

/** One of {@link LOCALES}: a bare language code, as the catalogs are named. */
export type Locale = (typeof LOCALES)[number];

/** The language a person gets when nothing says otherwise. */
export const DEFAULT_LOCALE: Locale = "en";

/**
 * Each language's name in itself, as a language picker shows it: a person who cannot read the
 * current language still finds their own.
 */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  es: "Español",
  de: "Deutsch",
};

/** True for one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The conventions each language formats dates, times, numbers and weeks with. English follows
 * Nura's own British spelling: day before month, a 24-hour clock, weeks from Monday. A regional
 * variant with other conventions (en-US) would be a language of its own in {@link LOCALES}, so
 * a pre-rendered page and the app that hydrates it always format alike.
 */
export const FORMAT_TAGS: Readonly<Record<Locale, string>> = {
  en: "en-GB",
  es: "es-ES",
  de: "de-DE",
};
