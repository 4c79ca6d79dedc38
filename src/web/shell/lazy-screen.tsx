import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { MessageGroup } from "../../i18n/message-groups.ts";
import { type Problem, problemMessage } from "../common/action.ts";
import { Waiting } from "../common/problem-notice.tsx";
import { t } from "../i18n/language.ts";
import { loadMessages } from "../i18n/message-loading.ts";

type Screen<P> = ComponentType<P>;

/**
 * A route's screen loaded only when it is first opened, so each screen's code downloads on its
 * own and the first load of any route carries the shell and that screen alone. Once loaded it
 * is kept, so coming back draws at once. `what` names the screen in the loading line (a function
 * when its words come from the catalogs, which are not loaded yet when routes are made). When the
 * code cannot be downloaded (offline before the app was cached, a new version deployed), the
 * screen says so with a retry instead of "Loading…" for ever. `preload` loads it ahead, so a
 * page pre-rendered at build time is hydrated by the screen itself, not by "Loading…". A part of
 * a screen loaded later (the player's finish view) uses it too, with its own props. `groups`
 * are the parts of the catalog the screen says its words from (see `src/i18n/message-groups.ts`),
 * downloaded with its code; the base group is always there.
 */
export function lazyScreen<P extends object = { path: string }>(
  load: () => Promise<Screen<P>>,
  what: string | (() => string),
  groups: readonly MessageGroup[],
): Screen<P> & {
  readonly preload: () => Promise<Screen<P>>;
  readonly prefetch: () => void;
} {
  let loaded: Screen<P> | undefined;
  let loading: Promise<Screen<P>> | undefined;
  let code: Promise<Screen<P>> | undefined;
  let failures = 0;
  const named = (): string => (typeof what === "function" ? what() : what);
  /** The screen's code, downloaded once; a failed download is tried afresh next time. */
  const loadCode = (): Promise<Screen<P>> => {
    if (!code) {
      const attempt = load();
      code = attempt;
      attempt.catch(() => {
        if (code === attempt) code = undefined;
      });
    }
    return code;
  };
  const fetchScreen = () => {
    loading ??= Promise.all([loadCode(), loadMessages(groups)]).then(
      ([s]) => {
        loaded = s;
        return s;
      },
      (err: unknown) => {
        loading = undefined; // the next attempt downloads again
        failures++;
        throw err;
      },
    );
    return loading;
  };
  function LazyScreen(props: P) {
    const [Current, setCurrent] = useState<Screen<P> | undefined>(() => loaded);
    const [problem, setProblem] = useState<Problem | null>(null);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (!Current) {
        let live = true;
        fetchScreen().then(
          (s) => {
            if (live) setCurrent(() => s);
          },
          (err: unknown) => {
            if (!live) return;
            console.warn(`could not load ${named()}`, err);
            // A browser may remember a module that failed to download and refuse it again
            // without asking: after a second failure, the retry reloads the page instead.
            const retry =
              failures > 1
                ? () => location.reload()
                : () => {
                    setProblem(null);
                    setAttempt((n) => n + 1);
                  };
            setProblem({ message: problemMessage(t("shell.load", { what: named() }), err), retry });
          },
        );
        return () => {
          live = false;
        };
      }
      // The browser looked for the address's #anchor before this screen existed: look again.
      const target = location.hash
        ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
        : null;
      target?.scrollIntoView();
      return undefined;
    }, [Current, attempt]);
    return Current ? (
      <Current {...props} />
    ) : (
      <Waiting problem={problem}>{t("shell.loading", { what: named() })}</Waiting>
    );
  }
  // `prefetch` starts the code's download and, once the page's language has started, its
  // groups' (before that it asks for none): the first screen of a page loads while the
  // language starts. A failed download is the screen's to say once it is drawn, and it tries
  // again then.
  const prefetch = (): void => {
    loadCode().catch(() => undefined);
    loadMessages(groups).catch(() => undefined);
  };
  return Object.assign(LazyScreen, { preload: fetchScreen, prefetch });
}
