import { formatList } from "../../core/i18n/format-number.ts";
import type { ZoneId } from "../../core/model/zones.ts";
import type { Plan } from "../../core/planner/plan-types.ts";
import { stepLabel } from "../../core/planner/step-label.ts";
import { FACE_ZONES } from "../../core/safety/adjustment.ts";
import type { ReasonCode } from "../../core/safety/profile.ts";
import type { SkipToday } from "../common/skip-today.ts";
import { count } from "../common/words.ts";
import { t } from "../i18n/language.ts";

/** The reasons whose zones Today lists as skipped, each named by `today.summary.reason.<code>`. */
const LISTED_REASONS = [
  "botox-recent",
  "filler-recent",
  "neck-caution",
  "peel-recent",
  "laser-recent",
  "ipl-recent",
  "surgery-recent",
  "trigeminal-neuralgia",
] as const satisfies readonly ReasonCode[];

const listed = (code: ReasonCode) => LISTED_REASONS.find((c) => c === code);

/** Zones as a list in the page's language: "Cheeks, forehead and jaw" (first one capitalised). */
const zoneList = (zones: readonly ZoneId[]): string =>
  formatList(t.locale, [
    ...zones.slice(0, 1).map((z) => t(`zone.${z}.name`)),
    ...zones.slice(1).map((z) => t(`zone.${z}.inline`)),
  ]);

/** Zones as a list inside a sentence: "cheeks, forehead and jaw". */
const inlineZoneList = (zones: readonly ZoneId[]): string =>
  formatList(
    t.locale,
    zones.map((z) => t(`zone.${z}.inline`)),
  );

/**
 * Short lines on what the plan leaves out and why, e.g. "Cheeks skipped: breakout". Zones skipped
 * today come first, then zones the safety screen left out; other adjustments (gentler pressure,
 * no gua sha) are in the plan's reasons, shown in full beside these lines.
 */
export function adjustmentLines(plan: Plan, skip: SkipToday): readonly string[] {
  const lines: string[] = [];
  if (skip.zones.length > 0)
    lines.push(
      t("today.summary.skipped", {
        zones: zoneList(skip.zones),
        reason: t(`today.summary.skip.${skip.reason}`),
      }),
    );
  for (const reason of plan.reasons) {
    const code = listed(reason.code);
    const zones = (reason.zones ?? []).filter((z) => !skip.zones.includes(z));
    if (code === undefined || zones.length === 0) continue;
    // A reason that leaves every zone of the face out reads "The face".
    const where = FACE_ZONES.every((z) => zones.includes(z))
      ? t("today.summary.face")
      : zoneList(zones);
    lines.push(
      t("today.summary.skipped", { zones: where, reason: t(`today.summary.reason.${code}`) }),
    );
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
  const goals = plan.goals.map((g) => t(`today.goal.${g}`));
  const parts = [
    ...(goals.length > 0 ? [t("today.summary.goals", { goals: goals.join(", ") })] : []),
    ...(top.length > 0 ? [t("today.summary.most-time", { zones: inlineZoneList(top) })] : []),
  ];
  const [first = "", second] = parts;
  return second === undefined ? first : t("today.summary.focus", { goals: first, where: second });
}

/**
 * The plan's steps as Today lists them, from the plan alone: one name per step, in order, a side
 * named when the step works one ("Left cheek"), so the count is the number of names and a zone
 * worked twice (the neck, opening and closing) is named twice.
 */
export function stepsLine(plan: Plan): { readonly count: number; readonly text: string } {
  const names = plan.steps.map((s) => stepLabel(s.zone, s.side, t));
  return {
    count: names.length,
    text: t("today.summary.steps", { count: count(names.length, "step"), names: names.join(", ") }),
  };
}
