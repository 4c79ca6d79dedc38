import { deviceTimeZone } from "../common/device-time-zone.ts";

/**
 * Starts the browser's internationalisation data in a task of its own. A page's first `Intl`
 * object of any kind loads that data, about 15 ms on a mid-range phone, and the first screen's
 * draw would otherwise pay it inside its own long task (Today asks for the time zone first).
 * Called while the first screen's code and words download, when the page has nothing else to
 * do; the time zone it asks for is the one every screen asks for anyway.
 */
export function warmIntl(): void {
  setTimeout(() => {
    deviceTimeZone();
  }, 0);
}
