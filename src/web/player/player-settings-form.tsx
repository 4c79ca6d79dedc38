import type { GuideMode, PlayerSettings } from "./player-settings.ts";

const MODES: readonly { mode: GuideMode; label: string }[] = [
  { mode: "voice", label: "Voice and chimes" },
  { mode: "chime", label: "Chimes only" },
  { mode: "silent", label: "Silent, with vibration" },
];

/** Guide mode, volume and speaking rate; every change is saved by the caller. */
export function PlayerSettingsForm(props: {
  settings: PlayerSettings;
  voiced: boolean | null;
  onChange: (s: PlayerSettings) => void;
}) {
  const s = props.settings;
  return (
    <fieldset class="player-settings">
      <legend>How to guide you</legend>
      {MODES.map((m) => (
        <label key={m.mode} class="choice">
          <input
            type="radio"
            name="guide-mode"
            value={m.mode}
            checked={s.mode === m.mode}
            onChange={() => props.onChange({ ...s, mode: m.mode })}
          />
          {m.label}
        </label>
      ))}
      {props.voiced === false && s.mode === "voice" ? (
        <p class="notice" role="status">
          No voice is available on this device, so you will hear chimes and read the captions
          instead.
        </p>
      ) : null}
      <label class="slider">
        Volume
        <input
          type="range"
          min={0}
          max={1}
          step={0.1}
          value={s.volume}
          onInput={(e) =>
            props.onChange({ ...s, volume: Number((e.currentTarget as HTMLInputElement).value) })
          }
        />
      </label>
      <label class="slider">
        Speaking rate
        <input
          type="range"
          min={0.5}
          max={1.5}
          step={0.1}
          value={s.rate}
          onInput={(e) =>
            props.onChange({ ...s, rate: Number((e.currentTarget as HTMLInputElement).value) })
          }
        />
      </label>
    </fieldset>
  );
}
