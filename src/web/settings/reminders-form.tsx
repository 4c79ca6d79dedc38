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
import { Button } from "../ui/button.tsx";
import { ChoiceChips } from "../ui/choice-chips.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Checkbox } from "../ui/choice-row.tsx";
import { TextField } from "../ui/text-field.tsx";

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

  const saving = useAction(t("settings.reminders.saving"), async () => {
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
    setStatus(t("settings.reminders.saved"));
  });

  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        setStatus(undefined);
        saving.run();
      }}
    >
      <Checkbox
        id="rem-on"
        label={t("settings.reminders.enabled")}
        checked={enabled}
        onChange={(e) => setEnabled((e.currentTarget as HTMLInputElement).checked)}
      />
      <fieldset class="stack reminder-fields" disabled={!enabled}>
        <ChoiceGroup
          legend={t("settings.reminders.when")}
          hint={t("settings.reminders.weekly-hint")}
        >
          {SLOTS.map((slot) => (
            <div key={slot} class="reminder-slot">
              <Checkbox
                id={`rem-${slot}`}
                label={t("settings.reminders.slot", { slot })}
                checked={on[slot]}
                onChange={(e) =>
                  setOn({ ...on, [slot]: (e.currentTarget as HTMLInputElement).checked })
                }
              />
              <TextField
                type="time"
                label={t("settings.reminders.time", { slot })}
                hideLabel
                value={times[slot]}
                disabled={!on[slot]}
                error={bad.includes(slot) ? t("settings.reminders.bad-time") : undefined}
                onInput={(e) =>
                  setTimes({ ...times, [slot]: (e.currentTarget as HTMLInputElement).value })
                }
              />
            </div>
          ))}
        </ChoiceGroup>
        <ChoiceChips
          legend={t("settings.reminders.quiet")}
          options={weekdayNames(t.locale).map((label, day) => ({ value: String(day), label }))}
          values={quiet.map(String)}
          onChange={(days) => setQuiet(days.map(Number))}
        />
      </fieldset>
      <div>
        <Button type="submit" busy={saving.busy.value}>
          {t("settings.reminders.save")}
        </Button>
      </div>
      <ProblemNotice problem={saving.problem.value} />
      {status ? (
        <p role="status" class="muted">
          {status}
        </p>
      ) : null}
    </form>
  );
}
