import { t } from "../i18n/language.ts";
import type { LocalRecord } from "../local/local-db.ts";
import type { NotSent } from "./sync-engine.ts";

/**
 * Why this device's changes did not go out, and that they wait here, for the status line. The
 * server's own words (what the account holds) are English, so the app says it in its own.
 */
export function notSentText(notSent: NotSent, pending: number): string {
  return t(notSent.code === "quota-exceeded" ? "account.sync.full" : "account.sync.clock-ahead", {
    n: pending,
  });
}

/** The changes the server refused for good. */
export function refusedText(refused: readonly LocalRecord[]): string {
  return t("account.sync.refused", { n: refused.length });
}

/** The one sentence about pulled changes set aside for their clock stamps; "" when none are. */
export function heldBackText(n: number): string {
  return n === 0 ? "" : t("account.sync.held-back", { n });
}
