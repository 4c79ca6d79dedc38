import type { TechniqueId } from "../../core/model/techniques.ts";
import type { ZoneId } from "../../core/model/zones.ts";
import { screenedPracticePlan } from "../../core/planner/practice.ts";
import { screen } from "../../core/safety/screen.ts";
import { practiceDay } from "../../core/time/session-day.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { readSkipToday } from "../common/skip-today.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import { loadSetup } from "../local/setup-store.ts";
import { startSession } from "../player/handoff.ts";

/**
 * Hands a one-minute practice to the player (slot "practice") and opens it: of a technique on
 * its usual zones, or, from a zone page, of the zone's usual technique on that zone alone. The
 * practice passes the person's own safety screen first, like any session (health answers,
 * recent injections and procedures, zones skipped today); when it may not run, the reasons come
 * back instead.
 */
export async function startPractice(
  technique: TechniqueId,
  zone?: ZoneId,
): Promise<readonly string[] | null> {
  const records = await localRecords();
  const { profile } = await loadSetup(records);
  const day = practiceDay(Date.now(), deviceTimeZone());
  const skip = await readSkipToday(records, day);
  const screening = screen(
    {
      conditions: profile.conditions,
      injectables: profile.injectables.filter((i) => i.date <= day),
      procedures: profile.procedures.filter((p) => p.date <= day),
      neckCleared: profile.neckCleared,
      skipZones: skip.zones,
      // The player asks for the slip medium before it starts and refuses dry skin.
      medium: "serum",
      ...(profile.age === undefined ? {} : { age: profile.age }),
    },
    day,
    t,
  );
  const result = screenedPracticePlan(technique, zone, screening, t);
  if (!result.ok) return result.reasons;
  const name = t(`technique.${technique}.name`);
  await startSession(result.plan, {
    slot: "practice",
    title: zone
      ? t("learn.practice.title-zone", { technique: name, zone: t(`zone.${zone}.inline`) })
      : t("learn.practice.title", { technique: name }),
    minutes: 1,
    goals: [],
    adjustments: screening.reasons.map((r) => r.code),
  });
  return null;
}
