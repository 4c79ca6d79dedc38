import { hydrate, render, type VNode } from "preact";
import { currentPath } from "../router.ts";
import { matchRoute } from "../routes.ts";

/**
 * Shows the app in `root`. A page the build pre-rendered (`data-prerendered`: Learn's guides) is
 * hydrated: the route's screen and the data it reads on its first render are loaded first, so
 * that render is the page itself and hydrating only adds its behaviour. When they cannot be
 * loaded this rejects and the page stays as the build made it, readable. Any other page (and a
 * pre-rendered address the service worker answers with the app's shell) is drawn afresh.
 */
export async function mountApp(app: VNode, root: HTMLElement): Promise<void> {
  if (!root.hasAttribute("data-prerendered")) {
    render(app, root);
    return;
  }
  const route = matchRoute(currentPath.value);
  await Promise.all([route?.screen.preload?.(), route?.prepare?.()]);
  hydrate(app, root);
}
