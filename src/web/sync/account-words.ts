import { t } from "../i18n/language.ts";
import type { ApiResult } from "./api-client.ts";
import { apiErrorText } from "./api-error-text.ts";

/** The minimum length the server asks of a password, said by the forms before they send one. */
export const minPassword = 10;

/** An API call that did not work: its code, and the server's (English) message. */
export type ApiProblem = Pick<Extract<ApiResult<unknown>, { ok: false }>, "code" | "message">;

/** What a form can tell of an email address before sending it; null when it may be sent. */
export function emailProblem(email: string): string | null {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? null : t("account.email.missing");
}

/**
 * What a form can tell of a new password before asking the server, which also rates how easy
 * it is to guess; null when it may be sent.
 */
export function newPasswordProblem(password: string, email: string): string | null {
  if ([...password].length < minPassword)
    return t("account.password.too-short", { min: minPassword });
  const e = email.trim().toLowerCase();
  const p = password.toLowerCase();
  if (e !== "" && (p === e || p === e.split("@")[0])) return t("account.password.is-email");
  return null;
}

/** Where a refusal came from, so the same code can be said the way that form means it. */
export type AccountForm = "login" | "register" | "new-password" | "change" | "delete";

/**
 * A refusal from the server in the form's words and the page's language. The server names the
 * field in its message ("next: is too easy to guess", "token: this link has expired"), which
 * tells a refused new password from a used-up link; its English detail is not shown.
 */
export function accountRefusal(problem: ApiProblem, form: AccountForm): string {
  const { code, message } = problem;
  if (code === "unauthorized" && form === "login") return t("account.error.login-failed");
  if (code === "forbidden" && form === "change") return t("account.error.wrong-current");
  if (code === "forbidden" && form === "delete") return t("account.error.wrong-password");
  if (code === "invalid-input" && message.startsWith("token:")) return t("account.error.link-used");
  if (code === "invalid-input" && /^(next|password):/.test(message)) {
    if (message.includes("your email")) return t("account.password.is-email");
    if (message.includes("at most")) return t("account.password.too-long");
    if (message.includes("at least")) return t("account.password.too-short", { min: minPassword });
    return t("account.password.guessable");
  }
  return apiErrorText(code);
}
