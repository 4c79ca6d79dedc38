import { formatStartHint, START_COOKIE, type StartHome } from "../../core/setup/start-hint.ts";
import { t } from "../i18n/language.ts";

/** A year and a month, the longest a browser keeps a cookie (Chrome caps at 400 days). */
const MAX_AGE_MS = 400 * 24 * 60 * 60 * 1000;

/**
 * Tells the server which screen `/` opens on this device (Today once it is set up, else the
 * welcome) and in which language, so its next cold load names that screen's files for the
 * browser to fetch at once (see `src/core/setup/start-hint.ts`). Written only when it changes,
 * through the Cookie Store API; where there is none (a page not served securely), or the write
 * fails, the server guesses from the browser's languages, which costs only that head start.
 */
export function rememberStart(home: StartHome): void {
  if (!("cookieStore" in globalThis)) return;
  const value = formatStartHint({ home, locale: t.locale });
  cookieStore
    .get(START_COOKIE)
    .then((stored) => {
      if (stored?.value === value) return;
      return cookieStore.set({
        name: START_COOKIE,
        value,
        path: "/",
        expires: Date.now() + MAX_AGE_MS,
        sameSite: "lax",
      });
    })
    .catch((err: unknown) => console.warn("the start hint could not be kept", err));
}
