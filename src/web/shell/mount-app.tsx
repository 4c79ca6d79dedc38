import { render, type VNode } from "preact";
import { currentPath } from "../router.ts";
import { matchRoute } from "../routes.ts";

/**
 * Shows the app in `root`. A page the build pre-rendered (`data-prerendered`: Learn's pages) is
 * taken over in place: the route's screen and the data it reads on its first render are loaded
 * first, so that render is the page itself, and `render` diffs it against the page's own nodes,
 * keeping them. Not `hydrate`: Preact's hydration leaves attributes as the page had them, and
 * the screen opened next was at times drawn into the old screen's nodes with the old classes
 * (the Learn hub inside `section.guides`). When the screen cannot be loaded this rejects and the
 * page stays as the build made it, readable. Any other page (and a pre-rendered address the
 * service worker answers with the app's shell) is drawn afresh.
 */
export async function mountApp(app: VNode, root: HTMLElement): Promise<void> {
  if (root.hasAttribute("data-prerendered")) {
    const route = matchRoute(currentPath.value);
    await Promise.all([route?.screen.preload?.(), route?.prepare?.()]);
  }
  render(app, root);
}
