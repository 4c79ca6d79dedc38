import { Card } from "../ui/card.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Radio } from "../ui/choice-row.tsx";
import { Slider } from "../ui/slider.tsx";
import type { GuideMode, PlayerSettings } from "./player-settings.ts";

const MODES: readonly { mode: GuideMode; label: string; description: string }[] = [
  { mode: "voice", label: "Voice and chimes", description: "Each step said aloud and captioned" },
  { mode: "chime", label: "Chimes only", description: "A chime at each change; read the captions" },
  {
    mode: "silent",
    label: "Silent, with vibration",
    description: "The phone buzzes at each change",
  },
];

const percent = (v: number) => `${Math.round(v * 100)}%`;
const rate = (v: number) => `${v.toFixed(1)}×`;

/** Guide mode, volume and speaking rate; every change is saved by the caller. */
export function PlayerSettingsForm(props: {
  settings: PlayerSettings;
  voiced: boolean | null;
  onChange: (s: PlayerSettings) => void;
}) {
  const s = props.settings;
  return (
    <Card tone="outlined" class="player-settings">
      <ChoiceGroup legend="How to guide you">
        {MODES.map((m) => (
          <Radio
            key={m.mode}
            name="guide-mode"
            value={m.mode}
            label={m.label}
            description={m.description}
            checked={s.mode === m.mode}
            onChange={() => props.onChange({ ...s, mode: m.mode })}
          />
        ))}
      </ChoiceGroup>
      {props.voiced === false && s.mode === "voice" ? (
        <p class="player-settings__notice" role="status">
          No voice is available on this device, so you will hear chimes and read the captions
          instead.
        </p>
      ) : null}
      <div class="player-settings__sliders">
        <Slider
          label="Volume"
          value={s.volume}
          min={0}
          max={1}
          step={0.1}
          format={percent}
          onInput={(volume) => props.onChange({ ...s, volume })}
        />
        <Slider
          label="Speaking rate"
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
