import { useEffect } from "preact/hooks";

/**
 * Names the browser tab after what a Learn page shows ("Rollers and gua sha · Nura"). The app
 * shell sets the route's title in its own effect, which runs after its children's, so the title is
 * set a microtask later to land last.
 */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (!title) return;
    queueMicrotask(() => {
      document.title = `${title} · Nura`;
    });
  }, [title]);
}
