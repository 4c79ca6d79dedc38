import { PROFILE_ID } from "../../core/setup/record-ids.ts";
import { localRecords } from "../local/device.ts";
import { currentPath, navigate } from "../router.ts";

/**
 * Sends a person who has not set Nura up yet from Today (`/`) to the set-up before any screen
 * is drawn, as Today itself would once loaded: their first visit then downloads the welcome
 * screen alone instead of Today's code, its catalog and then the welcome screen one after the
 * other. Someone set up is left where they are (a live profile record is what "set up" means,
 * see `loadSetup`). A device whose storage cannot be read is left to Today, which says why.
 */
export async function sendNewPersonToWelcome(): Promise<void> {
  if (currentPath.value !== "/") return;
  try {
    const profile = await (await localRecords()).get<unknown>(PROFILE_ID);
    if (profile === undefined || profile.deleted) navigate("/welcome", true);
  } catch (err) {
    console.warn("whether this device is set up could not be read; Today will say why", err);
  }
}
