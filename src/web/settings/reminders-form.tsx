import { useState } from "preact/hooks";
import { weekdayNames } from "../../core/i18n/format-date.ts";
import { SLOTS, type Slot } from "../../core/model/slots.ts";
import {
  type ClockTime,
  parseClockTime,
  type ReminderSettings,
} from "../../core/setup/reminder-settings.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import { saveReminders } from "../reminders/reminder-store.ts";

const DEFAULT_TIMES: Readonly<Record<Slot, string>> = { am: "07:30", pm: "21:00", weekly: "19:00" };

/** Props of {@link RemindersForm}. */
export interface RemindersFormProps {
  readonly records: Records;
  readonly initial: ReminderSettings;
}

/** Reminders on or off, a time per slot (or none), and quiet days; saved to the synced settings. */
export function RemindersForm(props: RemindersFormProps) {
  const [enabled, setEnabled] = useState(props.initial.enabled);
  const [on, setOn] = useState<Record<Slot, boolean>>({
    am: props.initial.times.am !== null,
    pm: props.initial.times.pm !== null,
    weekly: props.initial.times.weekly !== null,
  });
  const [times, setTimes] = useState<Record<Slot, string>>({
    am: props.initial.times.am ?? DEFAULT_TIMES.am,
    pm: props.initial.times.pm ?? DEFAULT_TIMES.pm,
    weekly: props.initial.times.weekly ?? DEFAULT_TIMES.weekly,
  });
  const [quiet, setQuiet] = useState<readonly number[]>(props.initial.quietDays);
  const [status, setStatus] = useState<string>();
  const bad = SLOTS.filter((s) => on[s] && parseClockTime(times[s]) === undefined);

  const saving = useAction("save your reminders", async () => {
    if (bad.length > 0) return;
    const next: ReminderSettings = {
      schemaVersion: 1,
      enabled,
      times: {
        am: on.am ? (times.am as ClockTime) : null,
        pm: on.pm ? (times.pm as ClockTime) : null,
        weekly: on.weekly ? (times.weekly as ClockTime) : null,
      },
      quietDays: [...quiet].sort(),
    };
    await saveReminders(props.records, next);
    setStatus(
      "Reminders saved. A downloaded calendar file needs downloading again; a subscription updates itself.",
    );
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setStatus(undefined);
        saving.run();
      }}
    >
      <div class="choice-row">
        <input
          id="rem-on"
          type="checkbox"
          checked={enabled}
          onChange={(e) => setEnabled((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="rem-on">Remind me</label>
      </div>
      <fieldset disabled={!enabled}>
        <legend>When</legend>
        {SLOTS.map((slot) => (
          <div key={slot} class="field-row">
            <input
              id={`rem-${slot}`}
              type="checkbox"
              checked={on[slot]}
              onChange={(e) =>
                setOn({ ...on, [slot]: (e.currentTarget as HTMLInputElement).checked })
              }
            />
            <label for={`rem-${slot}`}>{t(`slot.${slot}.name`)} reminder</label>
            <input
              type="time"
              aria-label={`${t(`slot.${slot}.name`)} reminder time`}
              value={times[slot]}
              disabled={!on[slot]}
              aria-invalid={bad.includes(slot) ? "true" : undefined}
              onInput={(e) =>
                setTimes({ ...times, [slot]: (e.currentTarget as HTMLInputElement).value })
              }
            />
            {bad.includes(slot) ? (
              <span class="error" role="alert">
                Enter a time like 07:30.
              </span>
            ) : null}
          </div>
        ))}
        <p class="hint">The weekly reminder comes on the weekly routine's day, set in Routines.</p>
      </fieldset>
      <fieldset disabled={!enabled}>
        <legend>Quiet days (no reminders)</legend>
        <div class="field-row">
          {weekdayNames(t.locale).map((name, day) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={quiet.includes(day)}
                onChange={(e) =>
                  setQuiet(
                    (e.currentTarget as HTMLInputElement).checked
                      ? [...quiet, day]
                      : quiet.filter((d) => d !== day),
                  )
                }
              />
              {name}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" class="primary" disabled={saving.busy.value}>
        Save reminders
      </button>
      <ProblemNotice problem={saving.problem.value} />
      {status ? (
        <p role="status" class="hint">
          {status}
        </p>
      ) : null}
    </form>
  );
}
