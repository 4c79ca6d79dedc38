import type { Translate } from "../i18n/translate.ts";
import type { Condition } from "../model/conditions.ts";
import type { Reason, SafetyProfile } from "./profile.ts";

type Has = (condition: Condition) => boolean;

/** The reasons that stop a session for an answer; each says why in the message `reason.<code>`. */
type StopCode =
  | "throat-swelling"
  | "pregnancy-swelling"
  | "infection"
  | "fever"
  | "blood-clot"
  | "heart-failure"
  | "unexplained-swelling"
  | "cancer-treatment"
  | "head-neck-lymphedema"
  | "migraine-now";

/**
 * Answers that stop a session, in the order they are listed: the two emergencies first, then
 * what massage could spread (infection, fever), disturb (a clot), strain (a failing heart) or
 * hide (unexplained swelling), and what needs a therapist's or doctor's teaching instead.
 * Sudden facial swelling in pregnancy replaces the plain "unexplained swelling" reason.
 */
const STOPS: ReadonlyArray<readonly [(has: Has) => boolean, StopCode]> = [
  [(has) => has("throat-swelling"), "throat-swelling"],
  [(has) => has("pregnant") && has("unexplained-swelling"), "pregnancy-swelling"],
  [(has) => has("infection"), "infection"],
  [(has) => has("fever"), "fever"],
  [(has) => has("blood-clot"), "blood-clot"],
  [(has) => has("heart-failure"), "heart-failure"],
  [(has) => has("unexplained-swelling") && !has("pregnant"), "unexplained-swelling"],
  [(has) => has("cancer-treatment"), "cancer-treatment"],
  [(has) => has("head-neck-lymphedema"), "head-neck-lymphedema"],
  [(has) => has("migraine-now"), "migraine-now"],
];

/** The answers in this profile that stop a session, in a fixed order, emergencies first. */
export function conditionStops(
  profile: Pick<SafetyProfile, "conditions">,
  t: Translate,
): readonly Reason[] {
  const has: Has = (c) => profile.conditions.includes(c);
  return STOPS.filter(([applies]) => applies(has)).map(([, code]) => ({
    code,
    message: t(`reason.${code}`),
  }));
}

/** The stop for a session with nothing on the skin for glide, if that is so. */
export function mediumStop(
  profile: Pick<SafetyProfile, "medium">,
  t: Translate,
): readonly Reason[] {
  return profile.medium === "none"
    ? [{ code: "needs-medium", message: t("reason.needs-medium") }]
    : [];
}

/** The reasons that stop a session for this profile's answers and medium, in a fixed order. */
export function stopReasons(profile: SafetyProfile, t: Translate): readonly Reason[] {
  return [...conditionStops(profile, t), ...mediumStop(profile, t)];
}
