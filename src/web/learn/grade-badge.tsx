import { CLAIMS, type ClaimId } from "../../core/evidence/claims.ts";
import { t } from "../i18n/language.ts";
import { address } from "../router.ts";

/** The evidence grade of a claim, linked to its entry on the evidence page (as guides render it). */
export function GradeBadge(props: { claim: ClaimId }) {
  const claim = CLAIMS[props.claim];
  return (
    <a
      class={`grade-badge grade-${claim.grade.toLowerCase()}`}
      href={address(`/learn/evidence#${claim.id}`)}
      aria-label={t("learn.badge.label", {
        grade: claim.label,
        claim: t(`claim.${claim.id}.claim`),
      })}
    >
      {claim.label}
    </a>
  );
}
