import { SLOTS, type Slot } from "../../core/model/slots.ts";
import { type ProfileBody, readProfileBody } from "../../core/setup/profile-body.ts";
import { PROFILE_ID, ROUTINE_IDS } from "../../core/setup/record-ids.ts";
import {
  composedRoutineBody,
  type RoutineBody,
  readRoutineBody,
} from "../../core/setup/routine-body.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "./records.ts";

/** Everything the daily screens need, read once and tolerant of damage. */
export interface Setup {
  /** False until onboarding was finished or skipped. */
  readonly onboarded: boolean;
  readonly profile: ProfileBody;
  readonly routines: Readonly<Record<Slot, RoutineBody>>;
  /** Plain-words notices about records that were damaged or newer, shown on screen. */
  readonly notices: readonly string[];
}

/** Reads the profile and routines; a damaged record is replaced in memory and named in `notices`. */
export async function loadSetup(records: Records): Promise<Setup> {
  const notices: string[] = [];
  const stored = await records.get<unknown>(PROFILE_ID);
  const live = stored !== undefined && !stored.deleted;
  const profileRead = readProfileBody(live ? stored.body : {}, t);
  notices.push(...profileRead.notices);
  const profile = profileRead.body;
  const routines = {} as Record<Slot, RoutineBody>;
  for (const slot of SLOTS) {
    const rec = await records.get<unknown>(ROUTINE_IDS[slot]);
    const read = rec && !rec.deleted ? readRoutineBody(rec.body, slot, t) : undefined;
    if (read === undefined) {
      if (rec && !rec.deleted)
        notices.push(
          `Your ${slot === "am" ? "morning" : slot === "pm" ? "evening" : "weekly"} routine could not be read, so it was rebuilt from your products.`,
        );
      routines[slot] = composedRoutineBody(profile.products, slot);
    } else {
      notices.push(...read.notices);
      routines[slot] = read.body;
    }
  }
  return { onboarded: live, profile, routines, notices };
}

/**
 * Saves the profile and all three routines (onboarding's last step) in one transaction: a
 * failed save leaves none of them half-written.
 */
export async function saveSetup(
  records: Records,
  profile: ProfileBody,
  routines: Readonly<Record<Slot, RoutineBody>>,
): Promise<void> {
  await records.putAll<unknown>([
    { kind: "profile", body: profile, id: PROFILE_ID },
    ...SLOTS.map((slot) => ({
      kind: "routine" as const,
      body: routines[slot],
      id: ROUTINE_IDS[slot],
    })),
  ]);
}

/** Saves the profile alone. */
export async function saveProfile(records: Records, profile: ProfileBody): Promise<void> {
  await records.put("profile", profile, PROFILE_ID);
}

/** Saves one routine. */
export async function saveRoutine(records: Records, routine: RoutineBody): Promise<void> {
  await records.put("routine", routine, ROUTINE_IDS[routine.slot]);
}
