import { formatNumber } from "../../core/i18n/format-number.ts";
import { t } from "../i18n/language.ts";
import { Card } from "../ui/card.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Radio } from "../ui/choice-row.tsx";
import { Slider } from "../ui/slider.tsx";
import type { GuideMode, PlayerSettings } from "./player-settings.ts";

const MODES: readonly GuideMode[] = ["voice", "chime", "silent"];

const percent = (v: number) => formatNumber(t.locale, v, { style: "percent" });
const rate = (v: number) =>
  `${formatNumber(t.locale, v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}×`;

/** Guide mode, volume and speaking rate; every change is saved by the caller. */
export function PlayerSettingsForm(props: {
  settings: PlayerSettings;
  voiced: boolean | null;
  onChange: (s: PlayerSettings) => void;
}) {
  const s = props.settings;
  return (
    <Card tone="outlined" class="player-settings">
      <ChoiceGroup legend={t("session.settings.legend")}>
        {MODES.map((mode) => (
          <Radio
            key={mode}
            name="guide-mode"
            value={mode}
            label={t(`session.settings.mode.${mode}`)}
            description={t(`session.settings.mode.${mode}.about`)}
            checked={s.mode === mode}
            onChange={() => props.onChange({ ...s, mode })}
          />
        ))}
      </ChoiceGroup>
      {props.voiced === false && s.mode === "voice" ? (
        <p class="player-settings__notice" role="status">
          {t("session.settings.no-voice")}
        </p>
      ) : null}
      <div class="player-settings__sliders">
        <Slider
          label={t("session.settings.volume")}
          value={s.volume}
          min={0}
          max={1}
          step={0.1}
          format={percent}
          onInput={(volume) => props.onChange({ ...s, volume })}
        />
        <Slider
          label={t("session.settings.rate")}
          value={s.rate}
          min={0.5}
          max={1.5}
          step={0.1}
          format={rate}
          onInput={(r) => props.onChange({ ...s, rate: r })}
        />
      </div>
    </Card>
  );
}
