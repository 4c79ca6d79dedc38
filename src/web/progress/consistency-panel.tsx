import type { Consistency } from "../../core/consistency/consistency.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { t } from "../i18n/language.ts";
import { Card } from "../ui/card.tsx";
import { Checkbox } from "../ui/choice-row.tsx";
import { useProgressSettings } from "./progress-settings.ts";

/** Streak (unless hidden), habit score and this week's minutes against 5–10 minutes a day. */
export function ConsistencyPanel({ consistency }: { consistency: Consistency | undefined }) {
  const [settings, saveSettings, settingsProblem] = useProgressSettings();
  if (!consistency) return <p>{t("progress.consistency.none")}</p>;
  const { streak, weekly, habitScore, days } = consistency;
  const week = days.filter((d) => d.date >= weekly.from && d.date <= weekly.to);
  const mornings = week.filter((d) => d.am).length;
  const evenings = week.filter((d) => d.pm).length;
  return (
    <Card as="section" aria-labelledby="consistency-heading">
      <h2 id="consistency-heading">{t("progress.consistency.title")}</h2>
      <dl class="figures">
        {settings && !settings.hideStreaks ? (
          <div data-figure="streak">
            <dt>{t("progress.consistency.streak")}</dt>
            <dd>
              {t("progress.consistency.streak-value", {
                days: streak.current,
                forgiven: streak.forgiven,
              })}
            </dd>
          </div>
        ) : null}
        <div data-figure="habit">
          <dt>{t("progress.consistency.habit")}</dt>
          <dd>{t("progress.consistency.habit-value", { score: habitScore })}</dd>
        </div>
        <div data-figure="minutes">
          <dt>{t("progress.consistency.minutes")}</dt>
          <dd>
            {t("progress.consistency.minutes-value", {
              minutes: weekly.minutes,
              status: weekly.status,
              min: weekly.target.min,
              max: weekly.target.max,
            })}
          </dd>
        </div>
        <div data-figure="slots">
          <dt>{t("progress.consistency.week")}</dt>
          <dd>{t("progress.consistency.week-value", { mornings, evenings })}</dd>
        </div>
      </dl>
      <p class="muted">
        {t("progress.consistency.habit-about")}
        {settings?.hideStreaks ? "" : ` ${t("progress.consistency.streak-about")}`}
      </p>
      {settings ? (
        <Checkbox
          label={t("progress.consistency.hide-streaks")}
          checked={settings.hideStreaks}
          onChange={(e) =>
            saveSettings({ hideStreaks: (e.currentTarget as HTMLInputElement).checked })
          }
        />
      ) : null}
      <ProblemNotice problem={settingsProblem} />
    </Card>
  );
}
