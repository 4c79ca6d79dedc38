import { FORMAT_TAGS, type Locale } from "./locales.ts";

/** What `Intl.Locale` says about weeks, where the runtime knows it (1 = Monday … 7 = Sunday). */
interface WeekInfo {
  readonly firstDay: number;
}

/** `getWeekInfo()` (the current proposal) or `weekInfo` (older engines, Node 20), if any. */
interface LocaleWithWeek {
  readonly getWeekInfo?: () => WeekInfo;
  readonly weekInfo?: WeekInfo;
}

/**
 * The first day of the week where the runtime cannot say (Firefox has neither getter): Monday
 * for all three, as their formatting tags (en-GB, es-ES, de-DE) have it.
 */
const FALLBACK_FIRST_DAY: Readonly<Record<Locale, number>> = { en: 1, es: 1, de: 1 };

/** The day a week starts on in the language's conventions, 0 = Sunday as `weekday()` counts. */
export function firstDayOfWeek(locale: Locale): number {
  const intl = new Intl.Locale(FORMAT_TAGS[locale]) as Intl.Locale & LocaleWithWeek;
  const info = intl.getWeekInfo?.() ?? intl.weekInfo;
  return info === undefined ? FALLBACK_FIRST_DAY[locale] : info.firstDay % 7;
}

/** The weekday numbers (0 = Sunday) in the order a week is shown: from {@link firstDayOfWeek}. */
export function weekdayOrder(locale: Locale): readonly number[] {
  const first = firstDayOfWeek(locale);
  return [0, 1, 2, 3, 4, 5, 6].map((n) => (first + n) % 7);
}
