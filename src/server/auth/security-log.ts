import { createHash } from "node:crypto";
import type { Logger } from "../logger.ts";

/** The account-security events the server logs, one JSON line each. */
export type SecurityEvent =
  | "login-failed"
  | "login-throttled"
  | "reauth-failed"
  | "origin-refused"
  | "quota-refused"
  | "password-changed"
  | "password-reset-requested"
  | "password-reset"
  | "sessions-ended"
  | "account-deleted";

/**
 * What a security line may carry. Only these fields exist, so a password, a token or a cookie
 * cannot be logged by mistake; an email is logged as a short hash (`emailTag`), which lets an
 * operator follow one account's events without the log holding addresses.
 */
export interface SecurityFields {
  readonly ip?: string;
  readonly userId?: string;
  readonly emailTag?: string;
  readonly path?: string;
  readonly detail?: string;
}

/** Writes one security event. */
export type SecurityLog = (event: SecurityEvent, fields: SecurityFields) => void;

const warnings: ReadonlySet<SecurityEvent> = new Set([
  "login-failed",
  "login-throttled",
  "reauth-failed",
  "origin-refused",
  "quota-refused",
]);

/** A short, stable tag for an email key (not reversible to the address by reading the log). */
export function emailTag(emailKey: string): string {
  return createHash("sha256").update(`email:${emailKey}`).digest("hex").slice(0, 12);
}

/** Security events as JSON lines through the server's logger: refusals warn, changes inform. */
export function securityLog(logger: Logger): SecurityLog {
  return (event, fields) => {
    const line = { security: event, ...fields };
    if (warnings.has(event)) logger.warn("security event", line);
    else logger.info("security event", line);
  };
}
