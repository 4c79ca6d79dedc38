import type { Medium } from "../../core/model/media.ts";
import { t } from "../i18n/language.ts";
import type { PendingSession } from "./handoff.ts";
import type { PlayerSettings } from "./player-settings.ts";
import { PlayerSettingsForm } from "./player-settings-form.tsx";
import { durationWords, stepWords } from "./step-words.ts";

type SlipMedium = Exclude<Medium, "none">;
const SLIP_MEDIA: readonly SlipMedium[] = ["serum", "facial-oil", "moisturizer", "cream"];

/** Props of {@link BeforeStart}. */
export interface BeforeStartProps {
  readonly pending: PendingSession;
  readonly settings: PlayerSettings;
  readonly voiced: boolean | null;
  readonly medium: SlipMedium;
  readonly onMedium: (m: SlipMedium) => void;
  readonly onSettings: (s: PlayerSettings) => void;
  readonly onStart: () => void;
}

/** Before the start: the steps and total, the player settings, and the slip-medium check. */
export function BeforeStart(props: BeforeStartProps) {
  const { plan, meta } = props.pending;
  const total = plan.steps.reduce((sum, s) => sum + s.seconds, 0);
  return (
    <section class="before-start" aria-labelledby="session-title">
      <h1 id="session-title">{meta.title}</h1>
      <p>
        {plan.steps.length} steps, {durationWords(total)} in all.
      </p>
      <ol class="step-list">
        {plan.steps.map((s, i) => {
          const w = stepWords(s);
          return (
            <li key={i}>
              <strong>{w.zone}</strong> · {w.technique} · {w.side.toLowerCase()} ·{" "}
              {durationWords(s.seconds)}
              {w.count !== "" ? ` · ${w.count}` : ""}
            </li>
          );
        })}
      </ol>
      <PlayerSettingsForm
        settings={props.settings}
        voiced={props.voiced}
        onChange={props.onSettings}
      />
      <form
        class="slip-check"
        onSubmit={(e) => {
          e.preventDefault();
          props.onStart();
        }}
      >
        <fieldset>
          <legend>
            Apply a few drops of serum or oil first, so your fingers glide. What is on your skin?
          </legend>
          {SLIP_MEDIA.map((m) => (
            <label key={m} class="choice">
              <input
                type="radio"
                name="medium"
                value={m}
                checked={props.medium === m}
                onChange={() => props.onMedium(m)}
              />
              {t(`medium.${m}.name`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="start-button">
          It's on my skin: start
        </button>
      </form>
    </section>
  );
}
