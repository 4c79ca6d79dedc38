import { CLAIM_IDS, CLAIMS, type ClaimId } from "../core/evidence/claims.ts";
import type { Translate } from "../core/i18n/translate.ts";

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
 * evidence page, with a name that says what the letter means for screen readers, in `t`'s
 * language.
 */
export function claimBadgeHtml(id: ClaimId, t: Translate): string {
  const claim = CLAIMS[id];
  const name = `Evidence grade ${claim.label} for "${t(`claim.${id}.claim`)}": see the evidence`;
  return `<a class="grade-badge grade-${claim.grade.toLowerCase()}" href="/learn/evidence#${id}" aria-label="${escapeHtml(name)}">${escapeHtml(claim.label)}</a>`;
}
