import { FORMAT_TAGS, type Locale } from "./locales.ts";

const numbers = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = numbers.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(FORMAT_TAGS[locale], options);
    numbers.set(key, found);
  }
  return found;
}

/** A number in the language's own digits and separators: "1.234,5" in German. */
export function formatNumber(
  locale: Locale,
  value: number,
  options: Intl.NumberFormatOptions = {},
): string {
  return numberFormat(locale, options).format(value);
}

/** Items joined as the language joins a list: "a, b and c", "a, b y c", "a, b und c". */
export function formatList(
  locale: Locale,
  items: readonly string[],
  type: "conjunction" | "disjunction" = "conjunction",
): string {
  const key = `${locale} ${type}`;
  let found = lists.get(key);
  if (found === undefined) {
    found = new Intl.ListFormat(FORMAT_TAGS[locale], { type, style: "long" });
    lists.set(key, found);
  }
  return found.format(items);
}

/**
 * A length of time in minutes and seconds, in words ("7 minutes and 30 seconds", "7 Minuten und
 * 30 Sekunden") or short ("7 min 30 s"); a zero part is left out, and zero is "0 seconds".
 * (`Intl.DurationFormat` is not in Node 20, so units and a list do its work.)
 */
export function formatDuration(
  locale: Locale,
  totalSeconds: number,
  width: "long" | "short" = "long",
): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.round(totalSeconds % 60);
  const unitDisplay = width === "long" ? "long" : "short";
  const part = (value: number, unit: "minute" | "second") =>
    formatNumber(locale, value, { style: "unit", unit, unitDisplay });
  const parts = [
    ...(minutes > 0 ? [part(minutes, "minute")] : []),
    ...(seconds > 0 || minutes === 0 ? [part(seconds, "second")] : []),
  ];
  return width === "long" ? formatList(locale, parts) : parts.join(" ");
}
