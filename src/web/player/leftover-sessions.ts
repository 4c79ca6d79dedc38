import { Action } from "../common/action.ts";
import { localRecords } from "../local/device.ts";
import { saveUnsavedSessions, unsavedSessions } from "./unsaved-sessions.ts";

/**
 * Run at every start: writes the finished sessions that the device database refused before
 * (they waited in localStorage). A failure shows in the banner region with a retry.
 */
export const savingLeftovers = new Action("save a finished session to your history", async () => {
  if (unsavedSessions().length === 0) return;
  await saveUnsavedSessions(await localRecords());
});
