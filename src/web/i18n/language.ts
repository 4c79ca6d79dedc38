import type { Locale } from "../../core/i18n/locales.ts";
import type { AnyMessageId, Translator } from "../../i18n/message-ids.ts";

let active: Translator | undefined;

function current(): Translator {
  if (active === undefined)
    throw new Error("the app's language is used before it was started (see start-language.ts)");
  return active;
}

/**
 * The page's translator, in the language the page started in: call it for a message
 * (`t("web.settings.language")`) and pass it to core, which takes a translator for every text it
 * makes. The language is the page's own state, set once before the first render; changing it
 * reloads the page, so every screen, lazy ones included, speaks one language.
 */
export const t: Translator = Object.defineProperty(
  (id: AnyMessageId, values?: Readonly<Record<string, string | number>>) => current()(id, values),
  "locale",
  { get: (): Locale => current().locale },
) as Translator;

/** Sets the page's translator: at start, and where the app is rendered outside a browser. */
export function setTranslator(translator: Translator): void {
  active = translator;
}
