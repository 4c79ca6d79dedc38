import { commonPasswords } from "./common-passwords.ts";

/** The shortest password accepted. */
export const minPasswordLength = 10;
/** The longest: argon2 would hash more, but nobody types more, and it caps the work per request. */
export const maxPasswordLength = 256;

/** The rules as people see them on the sign-up form. */
export const passwordRulesText = `at least ${minPasswordLength} characters, not your email, and not one of the most common passwords`;

/** Why a new password is refused, in words for the person; null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if ([...password].length < minPasswordLength) {
    return `must be at least ${minPasswordLength} characters`;
  }
  if (password.length > maxPasswordLength) {
    return `must be at most ${maxPasswordLength} characters`;
  }
  const lower = password.toLowerCase();
  const emailLower = email.trim().toLowerCase();
  const localPart = emailLower.split("@")[0] ?? "";
  if (lower === emailLower || lower === localPart) return "must not be your email";
  if (commonPasswords.has(lower) || /^(.)\1*$/u.test(password)) {
    return "is one of the most common passwords; choose another";
  }
  return null;
}
