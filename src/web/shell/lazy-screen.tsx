import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

type Screen = ComponentType<{ path: string }>;

/**
 * A route's screen loaded only when it is first opened, so each screen's code downloads on its
 * own and the first load of any route carries the shell and that screen alone. Once loaded it
 * is kept, so coming back draws at once. `what` names the screen in the loading line.
 */
export function lazyScreen(load: () => Promise<Screen>, what: string): Screen {
  let loaded: Screen | undefined;
  let loading: Promise<Screen> | undefined;
  const fetchScreen = () => {
    loading ??= load().then((s) => {
      loaded = s;
      return s;
    });
    return loading;
  };
  return function LazyScreen(props: { path: string }) {
    const [Current, setCurrent] = useState<Screen | undefined>(() => loaded);
    useEffect(() => {
      if (!Current) {
        void fetchScreen().then((s) => setCurrent(() => s));
        return;
      }
      // The browser looked for the address's #anchor before this screen existed: look again.
      const target = location.hash
        ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
        : null;
      target?.scrollIntoView();
    }, [Current]);
    return Current ? <Current path={props.path} /> : <p role="status">Loading {what}…</p>;
  };
}
