import { loaders } from "virtual:nura-messages";
import type { Locale } from "../../core/i18n/locales.ts";
import { negotiateLocale } from "../../core/i18n/negotiate-locale.ts";
import { readLanguageSetting } from "../../core/setup/language-setting.ts";
import { localRecords } from "../local/device.ts";
import { readSettings } from "../local/settings.ts";
import { setTranslator } from "./language.ts";
import { appPath, localePath, pathLocale } from "./locale-path.ts";
import { loadMessages, startMessages } from "./message-loading.ts";

/**
 * The language a page starts in: the one its address names (`/es/…`, a pre-rendered page in
 * that language), else the one the person chose in Settings (synced), else the first of the
 * browser's languages Nura speaks. A device whose storage cannot be read follows the browser.
 */
export async function chooseLocale(): Promise<Locale> {
  const fromPath = pathLocale(location.pathname);
  if (fromPath !== undefined) return fromPath;
  try {
    const chosen = readLanguageSetting((await readSettings(await localRecords())).language);
    if (chosen !== undefined) return chosen;
  } catch (err) {
    console.warn("the chosen language could not be read; following the browser's", err);
  }
  return negotiateLocale(navigator.languages);
}

/**
 * Starts the page's language before the first render: loads the base group of that language's
 * catalog (its own chunk, precached for offline use; each screen loads its own groups with its
 * code) and marks the document with it. A page the build
 * pre-rendered in another language is left for the same page in the person's language, so
 * hydrating never mixes two. Resolves to `false` when the page is being replaced. `started`
 * runs once the language is known, before its base group has arrived: what else the page will
 * say (its first screen's groups) can be asked for then, alongside the base.
 */
export async function startLanguage(root: HTMLElement, started?: () => void): Promise<boolean> {
  const locale = await chooseLocale();
  const pageLang = document.documentElement.lang;
  if (root.hasAttribute("data-prerendered") && pageLang !== "" && pageLang !== locale) {
    location.replace(
      localePath(locale, appPath(location.pathname)) + location.search + location.hash,
    );
    return false;
  }
  const groups = loaders[locale];
  if (groups === undefined) throw new Error(`no catalog was built for ${locale}`);
  setTranslator(
    startMessages(locale, (group) => {
      const load = groups[group];
      return load === undefined
        ? Promise.reject(new Error(`no ${group} messages were built for ${locale}`))
        : load();
    }),
  );
  const base = loadMessages(["base"]);
  started?.();
  await base;
  document.documentElement.lang = locale;
  return true;
}
