import { CLAIM_IDS, CLAIMS, STUDY_DOSES } from "../../core/evidence/claims.ts";
import { GRADES } from "../../core/evidence/grades.ts";
import { t } from "../i18n/language.ts";
import "./learn.css";

/** /learn/evidence: every claimed benefit with its grade explained, a summary and its sources. */
export function EvidenceScreen() {
  return (
    <section class="evidence">
      <h1>The evidence behind each benefit</h1>
      <p>
        Nura shows a letter beside every benefit it mentions. This page explains the letters and
        lists what each one rests on.
      </p>
      <h2>What the grades mean</h2>
      <dl class="learn-facts">
        {GRADES.map((g) => [
          <dt key={`t${g}`}>{g}</dt>,
          <dd key={`d${g}`}>{t(`grade.${g}.meaning`)}</dd>,
        ])}
      </dl>
      <h2>Claims</h2>
      {CLAIM_IDS.map((id) => {
        const c = CLAIMS[id];
        const claim = t(`claim.${id}.claim`);
        return (
          <section key={id} id={id} class="claim-card" aria-labelledby={`${id}-title`}>
            <h3 id={`${id}-title`}>
              {claim}: grade {c.label}
            </h3>
            <p>{t(`claim.${id}.summary`)}</p>
            <p class="guide-meta">
              Grade {c.grade}: {t(`grade.${c.grade}.meaning`)}
              {c.also
                ? ` For ${t(c.also.about)}: grade ${c.also.grade}. ${t(`grade.${c.also.grade}.meaning`)}`
                : ""}
            </p>
            {c.sources.length > 0 ? (
              <ul aria-label={`Sources for ${claim.toLowerCase()}`}>
                {c.sources.map((s) => (
                  <li key={s.label}>{s.url ? <a href={s.url}>{s.label}</a> : s.label}</li>
                ))}
              </ul>
            ) : (
              <p>No study supports it.</p>
            )}
          </section>
        );
      })}
      <h2>How much massage the studies used</h2>
      <ul>
        {STUDY_DOSES.map((d) => (
          <li key={d}>{t(d)}</li>
        ))}
      </ul>
    </section>
  );
}
