import { Action } from "../common/action.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import { saveUnsavedSessions, unsavedSessions } from "./unsaved-sessions.ts";

/**
 * Run at every start: writes the finished sessions that the device database refused before
 * (they waited in localStorage). A failure shows in the banner region with a retry. Its words
 * are set as it runs: this module is loaded before the page's language is started.
 */
export const savingLeftovers = new Action("", async () => {
  savingLeftovers.what = t("common.leftovers.saving");
  if (unsavedSessions().length === 0) return;
  await saveUnsavedSessions(await localRecords());
});
