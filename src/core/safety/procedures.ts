import { addDays, diffDays, type LocalDate } from "../time/local-date.ts";
import { type Adjustment, FACE_ZONES, FINGERS_ONLY } from "./adjustment.ts";
import type { Procedure, ProcedureKind, Reason, ReasonCode } from "./profile.ts";

/** What one procedure does to a session on a day: stop it, adjust it, or nothing. */
type Effect = { readonly stop: Reason } | { readonly adjust: Adjustment } | undefined;

const WHAT: Readonly<Record<ProcedureKind, string>> = {
  "peel-superficial": "A light chemical peel",
  "peel-medium": "A medium chemical peel",
  "peel-deep": "A deep chemical peel",
  "laser-ablative": "Ablative laser resurfacing",
  "laser-nonablative": "Non-ablative laser treatment",
  ipl: "IPL (intense pulsed light)",
  microneedling: "Microneedling",
  surgery: "Facial surgery",
  blepharoplasty: "Eyelid surgery",
  "thread-lift": "A thread lift",
};

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
function effect(p: Procedure, days: number): Effect {
  const code = CODE[p.kind];
  const what = `${WHAT[p.kind]} on ${p.date}`;
  const on = (n: number): LocalDate => addDays(p.date, n);
  const stop = (message: string): Effect => ({ stop: { code, message: `${what}: ${message}` } });
  const adjust = (message: string, change: Omit<Adjustment, "reason">): Effect => {
    const zones = change.excludedZones === undefined ? {} : { zones: change.excludedZones };
    return { adjust: { reason: { code, ...zones, message: `${what}: ${message}` }, ...change } };
  };
  const faceOut = (message: string, change: Omit<Adjustment, "reason"> = {}): Effect =>
    adjust(message, { excludedZones: FACE_ZONES, ...change });
  switch (p.kind) {
    case "peel-superficial":
      return days < 7
        ? faceOut(
            `we leave your face out until at least ${on(7)}, and longer wherever it still peels, because rubbing or picking healing skin can mark it. The neck and collarbone work goes on; if the peel covered your neck too, mark it to skip. After that, mark any area still peeling to skip it, and ask whoever did your peel if you are unsure.`,
          )
        : undefined;
    case "peel-medium":
      if (days < 14)
        return stop(
          `no massage until ${on(14)}, because rubbing healing skin can scar it. After that, until ${on(28)}, fingers only at the lightest pressure. Ask whoever did your peel before you start again.`,
        );
      return days < 28
        ? adjust(
            `until ${on(28)} we keep to fingers at the lightest pressure while the new skin settles. Skip any area still peeling, and ask whoever did your peel if you are unsure.`,
            LIGHT_FINGERS,
          )
        : undefined;
    case "peel-deep":
      return p.cleared === true
        ? undefined
        : stop(
            "no massage until the doctor who did it says your skin has healed; full healing can take two months or more. When they clear you, mark the peel as cleared and sessions come back.",
          );
    case "laser-ablative":
      if (days < 28 || p.cleared !== true)
        return stop(
          `no massage for at least four weeks (until ${on(28)}) and until the clinic says your new skin is ready, because rubbing healing skin can scar it. When they clear you, mark it as cleared; until ${on(42)} it is then fingers only. Ask your treating dermatologist.`,
        );
      return days < 42
        ? adjust(
            `cleared by your clinic. Until ${on(42)} it is fingers only, no roller or gua sha, while the new skin firms up. Ask your treating dermatologist before adding tools sooner.`,
            FINGERS_ONLY,
          )
        : undefined;
    case "laser-nonablative":
      return days < 7
        ? faceOut(
            `we leave your face out until ${on(7)} while the treated skin calms down; the neck and collarbone work goes on unless the neck was treated too (then mark it to skip). Ask the clinic that treated you if they said otherwise.`,
          )
        : undefined;
    case "ipl":
      if (days < 10)
        return faceOut(
          `we leave your face out until ${on(10)} while treated spots darken, crust and flake off by themselves: rubbing them off early can leave pale patches or an open sore. If your neck was treated too, mark it to skip. No roller or gua sha until ${on(14)}. Ask the clinic that treated you if you are unsure.`,
          FINGERS_ONLY,
        );
      return days < 14
        ? adjust(
            `no roller or gua sha until ${on(14)}; leave any crust still there to fall off by itself.`,
            FINGERS_ONLY,
          )
        : undefined;
    case "microneedling":
      if (days < 3)
        return stop(
          `the tiny channels it made stay open for up to a day and a half, so no touching the face until ${on(3)}. Then, until ${on(7)}, fingers only at the lightest pressure, and no tools until ${on(14)}. Ask the clinic that treated you if you are unsure.`,
        );
      if (days < 7)
        return adjust(
          `until ${on(7)} fingers only at the lightest pressure, and no roller or gua sha until ${on(14)}.`,
          LIGHT_FINGERS,
        );
      return days < 14 ? adjust(`no roller or gua sha until ${on(14)}.`, FINGERS_ONLY) : undefined;
    case "surgery":
    case "blepharoplasty":
      return afterSurgery(p, stop, adjust);
    case "thread-lift":
      if (days < 28)
        return stop(
          `no massage until ${on(28)}, because rubbing can loosen the threads. From then until ${on(90)}, only the lightest pressure, with no kneading, pressing or tools. Ask the practitioner who placed them.`,
        );
      return days < 90
        ? adjust(
            `until ${on(90)} only the lightest pressure, with no kneading, pressing or tools, so the threads stay where they were placed. Ask the practitioner who placed them if you are unsure.`,
            {
              pressureCap: 1,
              bannedTools: FINGERS_ONLY.bannedTools,
              bannedTechniques: ["kneading", "pressure-points", ...FINGERS_ONLY.bannedTechniques],
            },
          )
        : undefined;
  }
}

/** After surgery: nothing until the surgeon clears it, then light drainage without tools. */
function afterSurgery(
  p: Procedure,
  stop: (message: string) => Effect,
  adjust: (message: string, change: Omit<Adjustment, "reason">) => Effect,
): Effect {
  if (p.cleared !== true)
    return stop(
      "no massage of the face or neck until your surgeon says so. Surgeons differ: some want gentle drainage for the swelling, others no massage at all, so theirs is the word that counts. When they clear you, mark the surgery as cleared.",
    );
  const eyes = p.kind === "blepharoplasty";
  return adjust(
    `cleared by your surgeon. We keep to light drainage strokes with the fingers (the lightest pressure; no kneading, pressing, pinching, tapping or tools) and never over a scar, so mark those areas to skip them.${eyes ? " Under the eyes and the brows stay out until your surgeon says massage near the eyes is fine." : ""} If your surgeon gave you a routine of their own, follow it instead, and ask them before adding tools. When they say ordinary massage is fine, remove the surgery from your answers.`,
    {
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
    },
  );
}

/** What the person's procedures do to a session on `date`: stop reasons and adjustments. */
export function procedureEffects(
  procedures: readonly Procedure[],
  date: LocalDate,
): { readonly stops: readonly Reason[]; readonly adjustments: readonly Adjustment[] } {
  const stops: Reason[] = [];
  const adjustments: Adjustment[] = [];
  for (const p of procedures) {
    const days = diffDays(p.date, date);
    if (days < 0) continue; // not happened yet (the planner refuses such dates as input errors)
    const found = effect(p, days);
    if (found === undefined) continue;
    if ("stop" in found) stops.push(found.stop);
    else adjustments.push(found.adjust);
  }
  return { stops, adjustments };
}
