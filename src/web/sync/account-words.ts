/** The minimum length the server asks of a password, said by the forms before they send one. */
export const minPassword = 10;

/** A server message as a sentence: "the password is not right" → "The password is not right". */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a form can tell of a new password before asking the server, which also rates how easy
 * it is to guess; null when it may be sent.
 */
export function newPasswordProblem(password: string, email: string): string | null {
  if ([...password].length < minPassword)
    return `Choose a password of at least ${minPassword} characters.`;
  const e = email.trim().toLowerCase();
  const p = password.toLowerCase();
  if (e !== "" && (p === e || p === e.split("@")[0]))
    return "Your password must not be your email.";
  return null;
}

/**
 * The server's refusal of a new password in the form's words: "next: is too easy to guess. …"
 * becomes "Your new password is too easy to guess. …".
 */
export function passwordRefusal(message: string): string {
  const m = /^(next|password): (.*)$/s.exec(message);
  return m?.[2] ? `Your new password ${m[2]}` : sentence(message);
}
