import { t } from "../i18n/language.ts";

/** The first of `patterns` the agent matches, as its name. */
function first(ua: string, patterns: readonly (readonly [RegExp, string])[]): string | undefined {
  return patterns.find(([pattern]) => pattern.test(ua))?.[1];
}

const BROWSERS = [
  [/Edg\//, "Edge"],
  [/Firefox\//, "Firefox"],
  [/(Chrome|Chromium|CriOS)\//, "Chrome"],
  [/Safari\//, "Safari"],
] as const;

/** Systems as codes: the catalog words them ("a Mac", "un Mac", "einem Mac"). */
const SYSTEMS = [
  [/iPhone/, "iphone"],
  [/iPad/, "ipad"],
  [/Android/, "android"],
  [/Mac OS X|Macintosh/, "mac"],
  [/Windows/, "windows"],
  [/Linux/, "linux"],
] as const;

/**
 * A browser's User-Agent as a person would name the device ("Firefox on Android"), in the
 * page's language, for the list of signed-in devices. Unknown agents keep a plain fallback
 * rather than the raw string.
 */
export function deviceName(userAgent: string | null): string {
  if (!userAgent) return t("account.device.unsaid");
  const browser = first(userAgent, BROWSERS);
  const system = first(userAgent, SYSTEMS);
  if (browser && system) return t("account.device.name", { browser, system });
  if (browser) return browser;
  return system ? t("account.device.system", { system }) : t("account.device.unknown");
}
