import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";
import { SLIP_MEDIA, type SlipMedium } from "../../core/model/media.ts";
import { CoachSwitch } from "../camera/coach/coach-switch.tsx";
import { t } from "../i18n/language.ts";
import { Button, ButtonLink } from "../ui/button.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Radio } from "../ui/choice-row.tsx";
import { Play } from "../ui/icons.ts";
import type { PendingSession } from "./handoff.ts";
import type { PlayerSettings } from "./player-settings.ts";
import { PlayerSettingsForm } from "./player-settings-form.tsx";
import { durationWords, stepWords } from "./step-words.ts";

/** Props of {@link BeforeStart}. */
export interface BeforeStartProps {
  readonly pending: PendingSession;
  readonly settings: PlayerSettings;
  readonly voiced: boolean | null;
  /** The medium chosen, or null while none is (a person with no slip product in the routine). */
  readonly medium: SlipMedium | null;
  /** Shown when the start was tapped with no medium chosen. */
  readonly mediumError: boolean;
  readonly onMedium: (m: SlipMedium) => void;
  readonly onSettings: (s: PlayerSettings) => void;
  readonly onStart: () => void;
  /** The start runs (an unfinished session is being kept first). */
  readonly starting: boolean;
  /** An unfinished session, offered beside this plan. */
  readonly unfinished?: ComponentChildren;
}

/**
 * Before the start: the plan in brief, the unfinished session if one waits, how to guide, and
 * the slip-medium check, which nothing answers for the person unless their routine has a slip
 * product: the start says so when nothing is chosen, since the massage never goes on dry skin.
 */
export function BeforeStart(props: BeforeStartProps) {
  const { plan, meta } = props.pending;
  const total = plan.steps.reduce((sum, s) => sum + s.seconds, 0);
  const form = useRef<HTMLFormElement>(null);
  return (
    <section class="before-start" aria-labelledby="session-title">
      <h1 id="session-title">{meta.title}</h1>
      <p class="before-start__summary">
        {t("session.before.summary", { steps: plan.steps.length, duration: durationWords(total) })}
      </p>
      {props.unfinished}
      <PlayerSettingsForm
        settings={props.settings}
        voiced={props.voiced}
        onChange={props.onSettings}
      />
      <CoachSwitch />
      <form
        ref={form}
        class="slip-check"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (props.medium === null)
            form.current?.querySelector<HTMLInputElement>("input[name=medium]")?.focus();
          props.onStart();
        }}
      >
        <ChoiceGroup
          legend={t("session.before.medium.legend")}
          hint={t("session.before.medium.hint")}
          error={
            props.mediumError && props.medium === null
              ? t("session.before.medium.error")
              : undefined
          }
          class="slip-check__choices"
        >
          {SLIP_MEDIA.map((m) => (
            <Radio
              key={m}
              name="medium"
              value={m}
              look="tile"
              label={t(`medium.${m}.name`)}
              checked={props.medium === m}
              onChange={() => props.onMedium(m)}
            />
          ))}
        </ChoiceGroup>
        <Button type="submit" size="large" fullWidth icon={Play} busy={props.starting}>
          {t("session.before.start")}
        </Button>
      </form>
      <h2>{t("session.before.steps")}</h2>
      <ol class="step-list">
        {plan.steps.map((s, i) => {
          const w = stepWords(s);
          return (
            <li key={i}>
              <strong>{w.zone}</strong> · {w.technique} · {w.sideInline} ·{" "}
              {durationWords(s.seconds)}
              {w.count !== "" ? ` · ${w.count}` : ""}
            </li>
          );
        })}
      </ol>
      <ButtonLink variant="quiet" href={meta.slot === "practice" ? "/learn" : "/"}>
        {t("session.before.not-now")}
      </ButtonLink>
    </section>
  );
}
