import { CLAIMS, type ClaimId } from "../../core/evidence/claims.ts";
import { t } from "../i18n/language.ts";

/** The evidence grade of a claim, linked to its entry on the evidence page (as guides render it). */
export function GradeBadge(props: { claim: ClaimId }) {
  const claim = CLAIMS[props.claim];
  return (
    <a
      class={`grade-badge grade-${claim.grade.toLowerCase()}`}
      href={`/learn/evidence#${claim.id}`}
      aria-label={`Evidence grade ${claim.label} for "${t(`claim.${claim.id}.claim`)}": see the evidence`}
    >
      {claim.label}
    </a>
  );
}
