import { useState } from "preact/hooks";
import { SLOT_NAMES, SLOTS, type Slot } from "../../core/model/slots.ts";
import { TOOLS, type ToolId } from "../../core/model/tools.ts";
import { MAX_MINUTES } from "../../core/planner/parse-plan-input.ts";
import type { ProfileBody } from "../../core/setup/profile-body.ts";
import { toggled } from "../welcome/draft.ts";
import { GoalsStep } from "../welcome/goals-step.tsx";
import { WeekdayField } from "../welcome/minutes-step.tsx";

/** Props of {@link ProfileEditor}. */
export interface ProfileEditorProps {
  readonly profile: ProfileBody;
  readonly weekday: number;
  readonly onProfile: (profile: ProfileBody) => Promise<void>;
  readonly onWeekday: (weekday: number) => Promise<void>;
}

function MinutesInput(props: {
  readonly slot: Slot;
  readonly value: number;
  readonly onChange: (n: number) => void;
}) {
  const [text, setText] = useState(String(props.value));
  const n = Number(text);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_MINUTES;
  const id = `r-minutes-${props.slot}`;
  return (
    <div class="field">
      <label for={id}>{SLOT_NAMES[props.slot]} massage, minutes</label>
      <input
        id={id}
        type="number"
        min={1}
        max={MAX_MINUTES}
        value={text}
        aria-invalid={valid ? undefined : "true"}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          setText(raw);
          const v = Number(raw);
          if (Number.isInteger(v) && v >= 1 && v <= MAX_MINUTES) props.onChange(v);
        }}
      />
      {valid ? null : (
        <p class="error" role="alert">
          Enter whole minutes from 1 to {MAX_MINUTES}.
        </p>
      )}
    </div>
  );
}

/** Minutes, goals, tools and the weekly day, saved as they change. */
export function ProfileEditor(props: ProfileEditorProps) {
  const { profile } = props;
  const tools: readonly ToolId[] = ["roller", "gua-sha"];
  return (
    <section aria-labelledby="profile-edit">
      <h2 id="profile-edit">Minutes, goals and tools</h2>
      {SLOTS.map((slot) => (
        <MinutesInput
          key={slot}
          slot={slot}
          value={profile.minutes[slot]}
          onChange={(n) =>
            void props.onProfile({ ...profile, minutes: { ...profile.minutes, [slot]: n } })
          }
        />
      ))}
      <WeekdayField value={props.weekday} onChange={(d) => void props.onWeekday(d)} />
      <GoalsStep
        draft={{ ...profile, weekday: props.weekday }}
        change={(patch) =>
          void props.onProfile({ ...profile, goals: patch.goals ?? profile.goals })
        }
      />
      <fieldset>
        <legend>Tools you have</legend>
        {tools.map((tool) => (
          <div key={tool} class="choice-row">
            <input
              id={`r-tool-${tool}`}
              type="checkbox"
              checked={profile.tools.includes(tool)}
              onChange={(e) =>
                void props.onProfile({
                  ...profile,
                  tools: toggled(
                    profile.tools,
                    tool,
                    (e.currentTarget as HTMLInputElement).checked,
                  ),
                })
              }
            />
            <label for={`r-tool-${tool}`}>{TOOLS[tool].name}</label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
