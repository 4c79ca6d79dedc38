import { ZONE_LINES } from "../../core/model/zone-lines.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../../core/model/zones.ts";
import { practicePlan } from "../../core/planner/practice.ts";
import { FaceArt } from "../face-art/face-art.tsx";
import { t } from "../i18n/language.ts";
import { address } from "../router.ts";
import { NotFound } from "../shell/not-found.tsx";
import { PracticeButton } from "./practice-button.tsx";
import { usePageTitle } from "./use-page-title.ts";
import "./learn.css";

/** /learn/zones/<id>: where a zone is, how it is worked, and its cautions. */
export function ZoneScreen(props: { path: string }) {
  const id = props.path.split("/")[3] ?? "";
  const known = (ZONE_IDS as readonly string[]).includes(id);
  usePageTitle(known ? t(`zone.${id as ZoneId}.name`) : undefined);
  if (!known) return <NotFound />;
  const z = ZONES[id as ZoneId];
  const usual = z.techniques[0] ?? "strokes";
  const lines = ZONE_LINES[z.id];
  const name = t(`zone.${z.id}.name`);
  const direction = t(`zone.${z.id}.direction`);
  // The minute "Practice 1 minute" plays here: the zone's usual technique on it alone.
  const shown = practicePlan(usual, t, z.id).steps[0];
  return (
    <article class="zone">
      <p class="crumbs">
        <a href={address("/learn")}>{t("learn.hub.title")}</a>
      </p>
      <h1>{name}</h1>
      {shown ? <FaceArt step={shown} playing loop class="learn-art" /> : null}
      <PracticeButton technique={usual} zone={z.id} />
      <dl class="learn-facts">
        <dt>{t("learn.label.direction")}</dt>
        <dd>{direction}</dd>
        <dt>{t("learn.zone-page.usual-pressure")}</dt>
        <dd>
          {z.defaultPressure}, {t(`pressure.${z.defaultPressure}.name`)}:{" "}
          {t(`pressure.${z.defaultPressure}.description`)}
        </dd>
        <dt>{t("learn.zone-page.highest-pressure")}</dt>
        <dd>
          {z.maxPressure}, {t(`pressure.${z.maxPressure}.name`)}
        </dd>
        <dt>{t("learn.label.tools")}</dt>
        <dd>{z.tools.map((tool) => t(`tool.${tool}.name`)).join(", ")}</dd>
        {lines.length > 0 ? (
          <>
            <dt>{t("learn.zone-page.lines", { sides: z.sides })}</dt>
            <dd>
              <ol class="zone-lines">
                {lines.map((l) => (
                  <li key={l}>{t(l)}</li>
                ))}
              </ol>
              {t("learn.zone-page.lines-note")}
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{t("learn.hub.techniques")}</h2>
      <ul>
        {z.techniques.map((technique) => (
          <li key={technique}>
            <a href={address(`/learn/techniques/${technique}`)}>
              {t(`technique.${technique}.name`)}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t("learn.zone-page.cautions")}</h2>
      {z.cautions.length > 0 ? (
        <ul>
          {z.cautions.map((c) => (
            <li key={c}>{t(c)}</li>
          ))}
        </ul>
      ) : (
        <p>{t("learn.zone-page.no-cautions")}</p>
      )}
      <p>
        {t("learn.zone-page.everywhere")}{" "}
        <a href={address("/learn/guides/common-mistakes-and-safety")}>
          {t("learn.zone-page.safety-link")}
        </a>
        .
      </p>
    </article>
  );
}
