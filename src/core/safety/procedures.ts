import { formatDay } from "../i18n/format-date.ts";
import type { Translate } from "../i18n/translate.ts";
import { addDays, diffDays, type LocalDate } from "../time/local-date.ts";
import { type Adjustment, FACE_ZONES, FINGERS_ONLY } from "./adjustment.ts";
import type { Procedure, ProcedureKind, Reason, ReasonCode } from "./profile.ts";

/** What one procedure does to a session on a day: stop it, adjust it, or nothing. */
type Effect = { readonly stop: Reason } | { readonly adjust: Adjustment } | undefined;

const CODE: Readonly<Record<ProcedureKind, ReasonCode>> = {
  "peel-superficial": "peel-recent",
  "peel-medium": "peel-recent",
  "peel-deep": "peel-recent",
  "laser-ablative": "laser-recent",
  "laser-nonablative": "laser-recent",
  ipl: "ipl-recent",
  microneedling: "microneedling-recent",
  surgery: "surgery-recent",
  blepharoplasty: "surgery-recent",
  "thread-lift": "thread-lift-recent",
};

/** No roller or stone, lightest pressure: the usual "gentle while it heals" step. */
const LIGHT_FINGERS = { pressureCap: 1, ...FINGERS_ONLY } as const;

/**
 * The rule of section 5b for one procedure, `days` after it (the procedure day is day 0). The
 * screen is not told which areas were treated, so "the treated areas" are the whole face; the neck
 * and collarbone work goes on where the notes allow it.
 */
function effect(p: Procedure, days: number, t: Translate): Effect {
  const code = CODE[p.kind];
  const say = (detail: string): string =>
    t("reason.procedure.head", {
      procedure: t(`reason.procedure.${p.kind}`),
      date: formatDay(t.locale, p.date),
      detail,
    });
  // Days in words, in the reader's language ("3 April 2026"), never an ISO date to decode.
  const on = (n: number): string => formatDay(t.locale, addDays(p.date, n));
  const stop = (message: string): Effect => ({ stop: { code, message: say(message) } });
  const adjust = (message: string, change: Omit<Adjustment, "reason">): Effect => {
    const zones = change.excludedZones === undefined ? {} : { zones: change.excludedZones };
    return { adjust: { reason: { code, ...zones, message: say(message) }, ...change } };
  };
  const faceOut = (message: string, change: Omit<Adjustment, "reason"> = {}): Effect =>
    adjust(message, { excludedZones: FACE_ZONES, ...change });
  switch (p.kind) {
    case "peel-superficial":
      return days < 7
        ? faceOut(t("reason.procedure.peel-superficial.face-out", { until: on(7) }))
        : undefined;
    case "peel-medium":
      if (days < 14)
        return stop(t("reason.procedure.peel-medium.stop", { until: on(14), light: on(28) }));
      return days < 28
        ? adjust(t("reason.procedure.peel-medium.light", { until: on(28) }), LIGHT_FINGERS)
        : undefined;
    case "peel-deep":
      return p.cleared === true ? undefined : stop(t("reason.procedure.peel-deep.stop"));
    case "laser-ablative":
      if (days < 28 || p.cleared !== true)
        return stop(t("reason.procedure.laser-ablative.stop", { until: on(28), fingers: on(42) }));
      return days < 42
        ? adjust(t("reason.procedure.laser-ablative.cleared", { until: on(42) }), FINGERS_ONLY)
        : undefined;
    case "laser-nonablative":
      return days < 7
        ? faceOut(t("reason.procedure.laser-nonablative.face-out", { until: on(7) }))
        : undefined;
    case "ipl":
      if (days < 10)
        return faceOut(
          t("reason.procedure.ipl.face-out", { until: on(10), tools: on(14) }),
          FINGERS_ONLY,
        );
      return days < 14
        ? adjust(t("reason.procedure.ipl.tools", { until: on(14) }), FINGERS_ONLY)
        : undefined;
    case "microneedling":
      if (days < 3)
        return stop(
          t("reason.procedure.microneedling.stop", { until: on(3), light: on(7), tools: on(14) }),
        );
      if (days < 7)
        return adjust(
          t("reason.procedure.microneedling.light", { until: on(7), tools: on(14) }),
          LIGHT_FINGERS,
        );
      return days < 14
        ? adjust(t("reason.procedure.microneedling.tools", { until: on(14) }), FINGERS_ONLY)
        : undefined;
    case "surgery":
    case "blepharoplasty":
      return afterSurgery(p, t, stop, adjust);
    case "thread-lift":
      if (days < 28)
        return stop(t("reason.procedure.thread-lift.stop", { until: on(28), light: on(90) }));
      return days < 90
        ? adjust(t("reason.procedure.thread-lift.light", { until: on(90) }), {
            pressureCap: 1,
            bannedTools: FINGERS_ONLY.bannedTools,
            bannedTechniques: ["kneading", "pressure-points", ...FINGERS_ONLY.bannedTechniques],
          })
        : undefined;
  }
}

/** After surgery: nothing until the surgeon clears it, then light drainage without tools. */
function afterSurgery(
  p: Procedure,
  t: Translate,
  stop: (message: string) => Effect,
  adjust: (message: string, change: Omit<Adjustment, "reason">) => Effect,
): Effect {
  if (p.cleared !== true) return stop(t("reason.procedure.surgery.stop"));
  const eyes = p.kind === "blepharoplasty";
  return adjust(t("reason.procedure.surgery.cleared", { eyes: eyes ? "yes" : "no" }), {
    pressureCap: 1,
    bannedTools: FINGERS_ONLY.bannedTools,
    bannedTechniques: [
      "kneading",
      "pressure-points",
      "pinch",
      "tap",
      ...FINGERS_ONLY.bannedTechniques,
    ],
    ...(eyes ? { excludedZones: ["under-eyes", "brows"] } : {}),
  });
}

/** What the person's procedures do to a session on `date`: stop reasons and adjustments. */
export function procedureEffects(
  procedures: readonly Procedure[],
  date: LocalDate,
  t: Translate,
): { readonly stops: readonly Reason[]; readonly adjustments: readonly Adjustment[] } {
  const stops: Reason[] = [];
  const adjustments: Adjustment[] = [];
  for (const p of procedures) {
    const days = diffDays(p.date, date);
    if (days < 0) continue; // not happened yet (the planner refuses such dates as input errors)
    const found = effect(p, days, t);
    if (found === undefined) continue;
    if ("stop" in found) stops.push(found.stop);
    else adjustments.push(found.adjust);
  }
  return { stops, adjustments };
}
