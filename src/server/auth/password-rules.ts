import type { StrengthChecker } from "./password-strength.ts";

/** The shortest password accepted. */
export const minPasswordLength = 10;
/** The longest: argon2 would hash more, but nobody types more, and it caps the work per request. */
export const maxPasswordLength = 256;
/** The lowest zxcvbn score accepted: 3, "safely unguessable" for an online attacker and more. */
export const minStrengthScore = 3;

/** The rules as people see them on the sign-up form. */
export const passwordRulesText = `at least ${minPasswordLength} characters, not your email, and not easy to guess`;

/**
 * Why a new password is refused, in words for the person; null when it is acceptable. Beyond
 * length and the email, a maintained strength estimator (zxcvbn, with common-password,
 * name and word lists, keyboard walks, dates and repeats) must rate it hard to guess; its
 * warning and advice are passed on as it words them.
 */
export async function passwordProblem(
  password: string,
  email: string,
  strength: StrengthChecker,
): Promise<string | null> {
  if ([...password].length < minPasswordLength) {
    return `must be at least ${minPasswordLength} characters`;
  }
  if (password.length > maxPasswordLength) {
    return `must be at most ${maxPasswordLength} characters`;
  }
  const lower = password.toLowerCase();
  const emailLower = email.trim().toLowerCase();
  const [localPart = "", domain = ""] = emailLower.split("@");
  if (lower === emailLower || lower === localPart) return "must not be your email";
  const rated = await strength.check(password, [emailLower, localPart, domain, "nura"]);
  if (rated.score >= minStrengthScore) return null;
  const why = rated.warning ?? "It follows a pattern that is quick to guess.";
  const advice = rated.suggestions.length > 0 ? ` ${rated.suggestions.join(" ")}` : "";
  return `is too easy to guess. ${why}${advice}`;
}
