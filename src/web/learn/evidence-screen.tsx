import { CLAIM_IDS, CLAIMS, STUDY_DOSES } from "../../core/evidence/claims.ts";
import { GRADES } from "../../core/evidence/grades.ts";
import { t } from "../i18n/language.ts";
import { usePageTitle } from "./use-page-title.ts";
import "./learn.css";

/**
 * A claim as part of a sentence: lower case, except in German, whose nouns keep their capitals
 * (the German sentence quotes the claim as it is written).
 */
function inline(claim: string): string {
  return t.locale === "de" ? claim : claim.toLowerCase();
}

/** /learn/evidence: every claimed benefit with its grade explained, a summary and its sources. */
export function EvidenceScreen() {
  usePageTitle(t("learn.hub.evidence"));
  return (
    <section class="evidence">
      <h1>{t("learn.evidence.title")}</h1>
      <p>{t("learn.evidence.intro")}</p>
      <h2>{t("learn.evidence.grades")}</h2>
      <dl class="learn-facts">
        {GRADES.map((g) => [
          <dt key={`t${g}`}>{g}</dt>,
          <dd key={`d${g}`}>{t(`grade.${g}.meaning`)}</dd>,
        ])}
      </dl>
      <h2>{t("learn.evidence.claims")}</h2>
      {CLAIM_IDS.map((id) => {
        const c = CLAIMS[id];
        const claim = t(`claim.${id}.claim`);
        return (
          <section key={id} id={id} class="claim-card" aria-labelledby={`${id}-title`}>
            <h3 id={`${id}-title`}>{t("learn.evidence.claim-title", { claim, grade: c.label })}</h3>
            <p>{t(`claim.${id}.summary`)}</p>
            <p class="guide-meta">
              {t("learn.evidence.grade", {
                grade: c.grade,
                meaning: t(`grade.${c.grade}.meaning`),
              })}
              {c.also
                ? ` ${t("learn.evidence.also", {
                    about: t(c.also.about),
                    grade: c.also.grade,
                    meaning: t(`grade.${c.also.grade}.meaning`),
                  })}`
                : ""}
            </p>
            {c.sources.length > 0 ? (
              <ul aria-label={t("learn.evidence.sources", { claim: inline(claim) })}>
                {c.sources.map((s) => (
                  <li key={s.label}>{s.url ? <a href={s.url}>{s.label}</a> : s.label}</li>
                ))}
              </ul>
            ) : (
              <p>{t("learn.evidence.no-study")}</p>
            )}
          </section>
        );
      })}
      <h2>{t("learn.evidence.doses")}</h2>
      <ul>
        {STUDY_DOSES.map((d) => (
          <li key={d}>{t(d)}</li>
        ))}
      </ul>
    </section>
  );
}
