import type { Consistency } from "../../core/consistency/consistency.ts";
import { pluralForm } from "../../core/words/plural.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { count, NOUNS } from "../common/words.ts";
import { useProgressSettings } from "./progress-settings.ts";

const STATUS_TEXT = {
  below: "below",
  within: "within",
  above: "above",
} as const;

/** Streak (unless hidden), habit score and this week's minutes against 5–10 minutes a day. */
export function ConsistencyPanel({ consistency }: { consistency: Consistency | undefined }) {
  const [settings, saveSettings, settingsProblem] = useProgressSettings();
  if (!consistency) return <p>Your consistency shows here after your first session.</p>;
  const { streak, weekly, habitScore, days } = consistency;
  const week = days.filter((d) => d.date >= weekly.from && d.date <= weekly.to);
  const mornings = week.filter((d) => d.am).length;
  const evenings = week.filter((d) => d.pm).length;
  return (
    <section aria-labelledby="consistency-heading" class="progress-card">
      <h2 id="consistency-heading">Consistency</h2>
      <dl class="figures">
        {settings && !settings.hideStreaks ? (
          <div data-figure="streak">
            <dt>Streak</dt>
            <dd>
              {count(streak.current, "day")}
              {streak.forgiven > 0
                ? ` (${streak.forgiven} missed ${pluralForm(streak.forgiven, NOUNS.day)} forgiven)`
                : ""}
            </dd>
          </div>
        ) : null}
        <div data-figure="habit">
          <dt>Habit score</dt>
          <dd>{habitScore} of 100</dd>
        </div>
        <div data-figure="minutes">
          <dt>Minutes in the last 7 days</dt>
          <dd>
            {weekly.minutes} min, {STATUS_TEXT[weekly.status]} the suggested {weekly.target.min}–
            {weekly.target.max} (5–10 a day)
          </dd>
        </div>
        <div data-figure="slots">
          <dt>Last 7 days</dt>
          <dd>
            {count(mornings, "morning")}, {count(evenings, "evening")}
          </dd>
        </div>
      </dl>
      <p class="muted">
        The habit score follows your recent days: it rises toward 100 with about five minutes a day
        and eases down, never to zero, when you skip.
        {settings?.hideStreaks
          ? ""
          : " One missed day in any seven does not break the streak: a habit survives a busy day."}
      </p>
      {settings ? (
        <label class="inline">
          <input
            type="checkbox"
            checked={settings.hideStreaks}
            onChange={(e) => saveSettings({ hideStreaks: e.currentTarget.checked })}
          />{" "}
          Hide streaks
        </label>
      ) : null}
      <ProblemNotice problem={settingsProblem} />
    </section>
  );
}
