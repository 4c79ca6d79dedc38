import type { ErrorCode } from "../../server/api-types.ts";
import { t } from "../i18n/language.ts";
import type { ClientErrorCode } from "./api-client.ts";

/** Codes with a sentence of their own; any other code is said with the general one. */
const SAID = [
  "offline",
  "unauthorized",
  "forbidden",
  "conflict",
  "rate-limited",
  "not-configured",
  "not-found",
  "invalid-input",
  "quota-exceeded",
  "clock-skew",
  "unavailable",
] as const;

type Said = (typeof SAID)[number];

const said = (code: string): code is Said => (SAID as readonly string[]).includes(code);

/**
 * The app's own sentence for an error code of the API, in the page's language. The server's
 * messages stay English for developers and logs; a person reads this instead.
 */
export function apiErrorText(code: ErrorCode | ClientErrorCode): string {
  return said(code) ? t(`account.error.${code}`) : t("account.error.other", { code });
}
