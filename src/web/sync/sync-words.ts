import { t } from "../i18n/language.ts";
import { apiErrorText } from "./api-error-text.ts";
import type { SyncProblem } from "./sync-controller.ts";
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

/** How many changes the server refused for good. */
export function refusedText(count: number): string {
  return t("account.sync.refused", { n: count });
}

/** The one sentence about pulled changes set aside for their clock stamps; "" when none are. */
export function heldBackText(n: number): string {
  return n === 0 ? "" : t("account.sync.held-back", { n });
}

/** Why a sync did not end in step, in the page's language. */
export function syncProblemText(problem: SyncProblem): string {
  switch (problem.kind) {
    case "not-sent":
      return notSentText(problem.notSent, problem.pending);
    case "refused":
      return refusedText(problem.count);
    case "server":
      return apiErrorText(problem.code);
    case "device":
      return problem.message;
  }
}
