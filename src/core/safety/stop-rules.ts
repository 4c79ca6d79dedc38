import type { Condition } from "../model/conditions.ts";
import type { Reason, SafetyProfile } from "./profile.ts";

type Has = (condition: Condition) => boolean;

/**
 * Answers that stop a session, in the order they are listed: the two emergencies first, then
 * what massage could spread (infection, fever), disturb (a clot), strain (a failing heart) or
 * hide (unexplained swelling), and what needs a therapist's or doctor's teaching instead.
 * Sudden facial swelling in pregnancy replaces the plain "unexplained swelling" reason.
 */
const STOPS: ReadonlyArray<readonly [(has: Has) => boolean, Reason]> = [
  [
    (has) => has("throat-swelling"),
    {
      code: "throat-swelling",
      message:
        "Get help now: swelling of the lips, tongue or throat can be a serious allergic reaction. Call your emergency number (such as 999, 911 or 112) straight away, above all if breathing or swallowing is hard or you feel faint. No massage.",
    },
  ],
  [
    (has) => has("pregnant") && has("unexplained-swelling"),
    {
      code: "pregnancy-swelling",
      message:
        "Get help now: sudden swelling of the face in pregnancy, or just after giving birth, can be a sign of pre-eclampsia, which needs checking the same day. Call your midwife or doctor now, or your local urgent care line, above all with a bad headache, blurred vision or pain below the ribs. No massage until you have been checked.",
    },
  ],
  [
    (has) => has("infection"),
    {
      code: "infection",
      message:
        "You noted an infection of the face, head, eyes or skin, such as a cold sore, shingles, conjunctivitis or cellulitis. Massage can spread it or make it worse, so there is no session until it has cleared: for a cold sore, from the first tingle until the crust has gone. Clean any tool that touched your face before you use it again. If you are unsure it has cleared, ask a pharmacist or your doctor.",
    },
  ],
  [
    (has) => has("fever"),
    {
      code: "fever",
      message:
        "You have a fever or feel unwell. Drainage massage is not advised while the body fights an infection, so there is no session for now. Start again a day after the fever has gone; if it lasts, see your doctor.",
    },
  ],
  [
    (has) => has("blood-clot"),
    {
      code: "blood-clot",
      message:
        "You noted a known or suspected blood clot. Massage could disturb a clot, so we will not plan a session. Please ask your doctor before massaging.",
    },
  ],
  [
    (has) => has("heart-failure"),
    {
      code: "heart-failure",
      message:
        "You noted heart failure that is not under control. Drainage massage moves fluid toward the heart, which may add to its load, so we will not plan a session. Please ask your doctor first.",
    },
  ],
  [
    (has) => has("unexplained-swelling") && !has("pregnant"),
    {
      code: "unexplained-swelling",
      message:
        "You noted swelling of the face without a known cause. That needs a clinician to look at it before any massage, so we will not plan a session.",
    },
  ],
  [
    (has) => has("cancer-treatment"),
    {
      code: "cancer-treatment",
      message:
        "You are being treated for cancer. During treatment a lymphedema therapist should teach any drainage massage, so we will not plan one. Ask your care team about a referral.",
    },
  ],
  [
    (has) => has("head-neck-lymphedema"),
    {
      code: "head-neck-lymphedema",
      message:
        "You noted lymphedema, or lymph nodes removed or treated with radiation, in the head or neck. Gentle drainage can help with that, but along a route a certified lymphedema therapist plans for your body, which is not the route Nura teaches, so Nura plans no massage for you. Use the plain timer for the routine your therapist taught you, and ask them or your care team before changing it. If the skin turns red, hot or more swollen, or you have a fever, get care the same day.",
    },
  ],
  [
    (has) => has("migraine-now"),
    {
      code: "migraine-now",
      message:
        "You have a migraine attack now. During an attack touch on the face and scalp often hurts, and massage can make that worse, so there is no session until it has passed. Between attacks sessions go on as usual; if pressing the temples brings pain on, mark them to skip. Ask your doctor or neurologist about your migraines.",
    },
  ],
];

const NEEDS_MEDIUM: Reason = {
  code: "needs-medium",
  message:
    "Nothing is on your skin to let your fingers glide, and massage on dry skin tugs it. Apply a few drops of serum or facial oil, or some moisturizer, then start.",
};

/** The answers in this profile that stop a session, in a fixed order, emergencies first. */
export function conditionStops(profile: Pick<SafetyProfile, "conditions">): readonly Reason[] {
  const has: Has = (c) => profile.conditions.includes(c);
  return STOPS.filter(([applies]) => applies(has)).map(([, reason]) => reason);
}

/** The stop for a session with nothing on the skin for glide, if that is so. */
export function mediumStop(profile: Pick<SafetyProfile, "medium">): readonly Reason[] {
  return profile.medium === "none" ? [NEEDS_MEDIUM] : [];
}

/** The reasons that stop a session for this profile's answers and medium, in a fixed order. */
export function stopReasons(profile: SafetyProfile): readonly Reason[] {
  return [...conditionStops(profile), ...mediumStop(profile)];
}
