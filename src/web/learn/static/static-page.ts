import { registerServiceWorker } from "../../pwa/register-sw.ts";
import { enhanceGuideList } from "./enhance-guide-list.ts";

/**
 * The one script of Learn's pre-rendered pages (loaded as a module, so it never blocks reading):
 * registers the service worker, so a reader who lands on a guide first can read offline later,
 * and makes the guide list filterable.
 */
registerServiceWorker();
const list = document.querySelector<HTMLElement>("[data-guide-list]");
if (list) enhanceGuideList(list);
