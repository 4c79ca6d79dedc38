import type { Condition } from "../model/conditions.ts";
import type { Reason, SafetyProfile } from "./profile.ts";

/**
 * Conditions that stop a session: massage could spread an infection, move a clot, strain a
 * failing heart, hide a problem that needs a clinician, or needs a therapist's teaching.
 */
const STOP_MESSAGES: ReadonlyArray<readonly [Condition, Reason]> = [
  [
    "infection",
    {
      code: "infection",
      message:
        "You noted an infection of the face, head, eyes or skin, such as a cold sore, shingles, conjunctivitis or cellulitis. Massage can spread it or make it worse, so there is no session until it has cleared. If you are unsure it has, ask a clinician.",
    },
  ],
  [
    "blood-clot",
    {
      code: "blood-clot",
      message:
        "You noted a known or suspected blood clot. Massage could disturb a clot, so we will not plan a session. Please ask your doctor before massaging.",
    },
  ],
  [
    "heart-failure",
    {
      code: "heart-failure",
      message:
        "You noted heart failure that is not under control. Drainage massage moves fluid toward the heart, which may add to its load, so we will not plan a session. Please ask your doctor first.",
    },
  ],
  [
    "unexplained-swelling",
    {
      code: "unexplained-swelling",
      message:
        "You noted swelling of the face without a known cause. That needs a clinician to look at it before any massage, so we will not plan a session.",
    },
  ],
  [
    "cancer-treatment",
    {
      code: "cancer-treatment",
      message:
        "You are being treated for cancer. During treatment a lymphedema therapist should teach any drainage massage, so we will not plan one. Ask your care team about a referral.",
    },
  ],
];

const NEEDS_MEDIUM: Reason = {
  code: "needs-medium",
  message:
    "Nothing is on your skin to let your fingers glide, and massage on dry skin tugs it. Apply a few drops of serum or facial oil, or some moisturizer, then start.",
};

/** The reasons that stop a session for this profile, in a fixed order. */
export function stopReasons(profile: SafetyProfile): readonly Reason[] {
  const reasons = STOP_MESSAGES.filter(([condition]) => profile.conditions.includes(condition)).map(
    ([, reason]) => reason,
  );
  return profile.medium === "none" ? [...reasons, NEEDS_MEDIUM] : reasons;
}
