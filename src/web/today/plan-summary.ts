import type { ZoneId } from "../../core/model/zones.ts";
import type { Plan } from "../../core/planner/plan-types.ts";
import { stepLabel } from "../../core/planner/step-label.ts";
import { FACE_ZONES } from "../../core/safety/adjustment.ts";
import type { ReasonCode } from "../../core/safety/profile.ts";
import type { SkipReason, SkipToday } from "../common/skip-today.ts";
import { count } from "../common/words.ts";
import { t } from "../i18n/language.ts";

const SKIP_LABELS: Readonly<Record<SkipReason, string>> = {
  breakout: "breakout",
  sunburn: "sunburn or broken skin",
  other: "your choice today",
};

const REASON_LABELS: Partial<Record<ReasonCode, string>> = {
  "botox-recent": "recent Botox",
  "filler-recent": "recent filler",
  "neck-caution": "neck caution",
  "peel-recent": "recent peel",
  "laser-recent": "recent laser treatment",
  "ipl-recent": "recent IPL",
  "surgery-recent": "eyelid surgery",
  "trigeminal-neuralgia": "trigeminal neuralgia",
};

const zoneList = (zones: readonly ZoneId[]): string => {
  const names = zones.map((z) => t(`zone.${z}.name`));
  const text =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
  return text.charAt(0) + text.slice(1).toLowerCase();
};

/**
 * Short lines on what the plan leaves out and why, e.g. "Cheeks skipped: breakout". Zones skipped
 * today come first, then zones the safety screen left out; other adjustments (gentler pressure,
 * no gua sha) are in the plan's reasons, shown in full beside these lines.
 */
export function adjustmentLines(plan: Plan, skip: SkipToday): readonly string[] {
  const lines: string[] = [];
  if (skip.zones.length > 0)
    lines.push(`${zoneList(skip.zones)} skipped: ${SKIP_LABELS[skip.reason]}`);
  for (const reason of plan.reasons) {
    const label = REASON_LABELS[reason.code];
    const zones = (reason.zones ?? []).filter((z) => !skip.zones.includes(z));
    if (label === undefined || zones.length === 0) continue;
    // A reason that leaves every zone of the face out reads "The face".
    const where = FACE_ZONES.every((z) => zones.includes(z)) ? "The face" : zoneList(zones);
    lines.push(`${where} skipped: ${label}`);
  }
  return lines;
}

/** What the plan concentrates on: the goals, then the zones given the most time. */
export function focusText(plan: Plan): string {
  const byZone = new Map<ZoneId, number>();
  for (const step of plan.steps) byZone.set(step.zone, (byZone.get(step.zone) ?? 0) + step.seconds);
  const top = [...byZone.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([z]) => z);
  const goals = plan.goals.map((g) => t(`goal.${g}.name`).toLowerCase());
  const where = top.length > 0 ? `most time on ${zoneList(top).toLowerCase()}` : "";
  return [goals.length > 0 ? `For ${goals.join(", ")}` : "", where]
    .filter((s) => s !== "")
    .join("; ");
}

/**
 * The plan's steps as Today lists them, from the plan alone: one name per step, in order, a side
 * named when the step works one ("Left cheek"), so the count is the number of names and a zone
 * worked twice (the neck, opening and closing) is named twice.
 */
export function stepsLine(plan: Plan): { readonly count: number; readonly text: string } {
  const names = plan.steps.map((s) => stepLabel(s.zone, s.side, t));
  return { count: names.length, text: `${count(names.length, "step")}: ${names.join(", ")}` };
}
