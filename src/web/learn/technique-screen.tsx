import { techniqueText } from "../../content/technique-texts.ts";
import { TECHNIQUE_IDS, TECHNIQUES, type TechniqueId } from "../../core/model/techniques.ts";
import { ZONE_IDS, ZONES } from "../../core/model/zones.ts";
import { countPhrase } from "../../core/planner/count-words.ts";
import type { PlanStep } from "../../core/planner/plan-types.ts";
import { practicePlan } from "../../core/planner/practice.ts";
import { FaceArt } from "../face-art/face-art.tsx";
import { FaceMap } from "../face-art/face-map.tsx";
import { t } from "../i18n/language.ts";
import { address } from "../router.ts";
import { NotFound } from "../shell/not-found.tsx";
import { GradeBadge } from "./grade-badge.tsx";
import { PracticeButton } from "./practice-button.tsx";
import { usePageTitle } from "./use-page-title.ts";
import "./learn.css";

function pace(id: TechniqueId): string {
  const perRep = TECHNIQUES[id].secondsPerRep;
  if (perRep === undefined) return t("learn.technique-page.pace-continuous");
  return t("learn.technique-page.pace-every", { seconds: perRep });
}

/** "Five passes along each of three lines, in a 30-second step", or "By time rather than count." */
function repetitions(step: PlanStep | undefined): string {
  const count = step === undefined ? "" : countPhrase(step, t);
  if (step === undefined || count === "") return t("learn.technique-page.by-time");
  const capital = `${count.charAt(0).toUpperCase()}${count.slice(1)}`;
  return t("learn.technique-page.count", { count: capital, seconds: step.seconds });
}

/** /learn/techniques/<id>: what a technique is for, where and how, and a one-minute practice. */
export function TechniqueScreen(props: { path: string }) {
  const id = props.path.split("/")[3] ?? "";
  const known = (TECHNIQUE_IDS as readonly string[]).includes(id);
  usePageTitle(known ? t(`technique.${id as TechniqueId}.name`) : undefined);
  if (!known) return <NotFound />;
  const technique = TECHNIQUES[id as TechniqueId];
  const text = techniqueText(technique.id, t);
  const name = t(`technique.${technique.id}.name`);
  const zones = ZONE_IDS.filter((z) => ZONES[z].techniques.includes(technique.id));
  const shown = practicePlan(technique.id, t).steps[0];
  return (
    <article class="technique">
      <p class="crumbs">
        <a href={address("/learn")}>{t("learn.hub.title")}</a>
      </p>
      <h1>{name}</h1>
      <p>{t(`technique.${technique.id}.description`)}</p>
      {/* The minute "Practice 1 minute" plays, moving over and over. */}
      {shown ? <FaceArt step={shown} playing loop class="learn-art" /> : null}
      <PracticeButton technique={technique.id} />
      <h2>{t("learn.technique-page.purpose")}</h2>
      <p>{text.purpose}</p>
      <ul class="benefit-list">
        {text.benefits.map((b) => (
          <li key={b.text}>
            {b.text} <GradeBadge claim={b.claim} />
          </li>
        ))}
      </ul>
      <h2>{t("learn.technique-page.where")}</h2>
      <FaceMap
        lit={zones}
        flow={shown ? { zone: shown.zone, side: shown.side } : undefined}
        label={t("learn.technique-page.map", {
          technique: t(`technique.${technique.id}.inline`),
          zones: zones.map((z) => t(`zone.${z}.inline`)).join(", "),
          zone: shown ? t(`zone.${shown.zone}.inline`) : "",
        })}
      />
      <table class="zone-table">
        <caption>{t("learn.technique-page.zones-caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("learn.label.zone")}</th>
            <th scope="col">{t("learn.label.direction")}</th>
            <th scope="col">{t("learn.label.pressure")}</th>
          </tr>
        </thead>
        <tbody>
          {zones.map((z) => {
            const level = technique.muscleWork ? ZONES[z].maxPressure : ZONES[z].defaultPressure;
            return (
              <tr key={z}>
                <th scope="row">
                  <a href={address(`/learn/zones/${z}`)}>{t(`zone.${z}.name`)}</a>
                </th>
                <td>{t(`zone.${z}.direction`)}</td>
                <td>
                  {level}, {t(`pressure.${level}.name`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t("learn.technique-page.how")}</h2>
      <ol>
        {text.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <dl class="learn-facts">
        <dt>{t("learn.label.pace")}</dt>
        <dd>{pace(technique.id)}</dd>
        <dt>{t("learn.label.repetitions")}</dt>
        <dd>{repetitions(shown)}</dd>
        <dt>{t("learn.label.sides")}</dt>
        <dd>
          {technique.oneSideAtATime
            ? t("learn.technique-page.one-side")
            : t("learn.technique-page.both-sides")}
        </dd>
        <dt>{t("learn.label.tool")}</dt>
        <dd>
          {t(`tool.${technique.tool}.name`)}: {t(`tool.${technique.tool}.description`)}
        </dd>
      </dl>
      <h2>{t("learn.technique-page.avoid")}</h2>
      <ul>
        {text.avoid.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </article>
  );
}
