import { CLAIMS, type ClaimId } from "../../core/evidence/claims.ts";
import { GRADES } from "../../core/evidence/grades.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Sheet } from "../ui/sheet.tsx";
import "./evidence-sheet.css";

/** What the sheet shows: one claim with its grade, or what the grades mean. */
export type EvidenceTopic = ClaimId | "grades";

/**
 * The evidence behind a goal, or how Nura grades, on top of the form that asked: the answers
 * below stay as they are (opening the evidence page instead used to lose them). The full page
 * is a link away for whoever wants the sources.
 */
export function EvidenceSheet(props: {
  readonly topic: EvidenceTopic | null;
  readonly onClose: () => void;
}) {
  const { topic } = props;
  const claim = topic === null || topic === "grades" ? undefined : CLAIMS[topic];
  return (
    <Sheet
      open={topic !== null}
      onClose={props.onClose}
      title={
        claim
          ? t("common.evidence.claim-title", {
              claim: t(`claim.${claim.id}.claim`),
              grade: claim.label,
            })
          : t("common.evidence.grades-title")
      }
      footer={
        <Button fullWidth onClick={props.onClose}>
          {t("common.evidence.back")}
        </Button>
      }
    >
      {claim ? (
        <div class="evidence-sheet">
          <p>{t(`claim.${claim.id}.summary`)}</p>
          <p class="muted">
            {t("common.evidence.grade", {
              grade: claim.grade,
              meaning: t(`grade.${claim.grade}.meaning`),
            })}
            {claim.also
              ? t("common.evidence.also", {
                  about: t(claim.also.about),
                  grade: claim.also.grade,
                  meaning: t(`grade.${claim.also.grade}.meaning`),
                })
              : ""}
          </p>
          {claim.sources.length > 0 ? (
            <>
              <h3 class="evidence-sheet__title">{t("common.evidence.sources")}</h3>
              <ul>
                {claim.sources.map((s) => (
                  <li key={s.label}>{s.label}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("common.evidence.no-study")}</p>
          )}
        </div>
      ) : (
        <div class="evidence-sheet">
          <p>{t("common.evidence.letters")}</p>
          <dl class="evidence-sheet__grades">
            {GRADES.map((g) => [
              <dt key={`t${g}`}>{g}</dt>,
              <dd key={`d${g}`}>{t(`grade.${g}.meaning`)}</dd>,
            ])}
          </dl>
        </div>
      )}
    </Sheet>
  );
}
