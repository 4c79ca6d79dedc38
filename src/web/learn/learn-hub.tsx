import { TECHNIQUE_IDS } from "../../core/model/techniques.ts";
import { ZONE_IDS } from "../../core/model/zones.ts";
import { t } from "../i18n/language.ts";
import { address } from "../router.ts";
import { usePageTitle } from "./use-page-title.ts";
import "./learn.css";

/** /learn: the way into the guides, the technique and zone pages, and the evidence. */
export function LearnHub() {
  usePageTitle(t("learn.hub.title"));
  return (
    <section class="learn">
      <h1>{t("learn.hub.title")}</h1>
      <p>{t("learn.hub.intro")}</p>
      <div class="learn-card">
        <h2>
          <a href={address("/learn/guides")}>{t("learn.hub.guides")}</a>
        </h2>
        <p>{t("learn.hub.guides-text")}</p>
      </div>
      <div class="learn-card">
        <h2>
          <a href={address("/learn/evidence")}>{t("learn.hub.evidence")}</a>
        </h2>
        <p>{t("learn.hub.evidence-text")}</p>
      </div>
      <h2>{t("learn.hub.techniques")}</h2>
      <ul>
        {TECHNIQUE_IDS.map((id) => (
          <li key={id}>
            <a href={address(`/learn/techniques/${id}`)}>{t(`technique.${id}.name`)}</a>
          </li>
        ))}
      </ul>
      <h2>{t("learn.hub.zones")}</h2>
      <ul>
        {ZONE_IDS.map((id) => (
          <li key={id}>
            <a href={address(`/learn/zones/${id}`)}>{t(`zone.${id}.name`)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
