import { CLAIM_IDS, CLAIMS, type ClaimId } from "../core/evidence/claims.ts";
import type { Translator } from "../i18n/message-ids.ts";
import { localePath } from "../web/i18n/locale-path.ts";

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** True when `id` names a claim of the evidence catalog. */
export function isClaimId(id: string): id is ClaimId {
  return (CLAIM_IDS as readonly string[]).includes(id);
}

/**
 * The badge a `[claim:<id>]` marker renders to: the grade as printed, linked to the claim on the
 * evidence page in `t`'s language, with a name that says what the letter means for screen
 * readers, in that language.
 */
export function claimBadgeHtml(id: ClaimId, t: Translator): string {
  const claim = CLAIMS[id];
  const name = t("learn.badge.label", { grade: claim.label, claim: t(`claim.${id}.claim`) });
  const href = localePath(t.locale, `/learn/evidence#${id}`);
  return `<a class="grade-badge grade-${claim.grade.toLowerCase()}" href="${href}" aria-label="${escapeHtml(name)}">${escapeHtml(claim.label)}</a>`;
}
