import { useState } from "preact/hooks";
import type { ZoneId } from "../../core/model/zones.ts";
import type { InjectableKind } from "../../core/safety/profile.ts";
import { type LocalDate, parseLocalDate } from "../../core/time/local-date.ts";
import type { StepProps } from "../common/profile-draft.ts";
import { FaceMap } from "../face-map/face-map.tsx";
import { t } from "../i18n/language.ts";
import { PastDateField, pastDateProblem } from "./past-date-field.tsx";

const KIND_NAMES: Readonly<Record<InjectableKind, string>> = { botox: "Botox", filler: "Filler" };

/** Recent Botox or filler: kind, date and the zones, tapped on the face map. */
export function InjectablesStep({
  draft,
  change,
  today,
}: StepProps & { readonly today: LocalDate }) {
  const [kind, setKind] = useState<InjectableKind>("botox");
  const [date, setDate] = useState("");
  const [zones, setZones] = useState<readonly ZoneId[]>([]);
  const [error, setError] = useState<string>();
  const problem = (parsed: LocalDate | undefined): string | undefined => {
    const dateProblem = pastDateProblem(parsed, today, "treatment");
    if (dateProblem !== undefined) return dateProblem;
    if (zones.length === 0) return "Tap at least one treated area on the face map.";
    return undefined;
  };
  const add = (): void => {
    const parsed = parseLocalDate(date);
    const wrong = problem(parsed);
    setError(wrong);
    if (wrong !== undefined || parsed === undefined) return;
    change({
      injectables: [...draft.injectables, ...zones.map((zone) => ({ kind, zone, date: parsed }))],
    });
    setZones([]);
    setDate("");
  };
  return (
    <fieldset>
      <legend>Botox or filler in the last few weeks?</legend>
      <p class="hint">
        Nura leaves the face out on the day and the next, then the treated areas and those beside
        them for two weeks; filler areas stay gentle for two more. Your injector's advice comes
        first.
      </p>
      {draft.injectables.length > 0 ? (
        <ul class="injectables">
          {draft.injectables.map((i, index) => (
            <li key={`${i.kind}-${i.zone}-${i.date}`}>
              {KIND_NAMES[i.kind]}, {t(`zone.${i.zone}.inline`)}, {i.date}{" "}
              <button
                type="button"
                class="link"
                onClick={() =>
                  change({ injectables: draft.injectables.filter((_, j) => j !== index) })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="field-row" role="radiogroup" aria-labelledby="inj-kind">
        <span id="inj-kind">Treatment</span>
        {(["botox", "filler"] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="inj-kind" checked={kind === k} onChange={() => setKind(k)} />
            {KIND_NAMES[k]}
          </label>
        ))}
      </div>
      <PastDateField
        id="inj-date"
        label="Date of the treatment"
        today={today}
        value={date}
        onChange={setDate}
      />
      <FaceMap
        selection={{
          legend: "Where was it injected?",
          selected: zones,
          onToggle: (zone, on) =>
            setZones(
              on ? [...zones.filter((z) => z !== zone), zone] : zones.filter((z) => z !== zone),
            ),
        }}
      />
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={add}>
        Add this treatment
      </button>
    </fieldset>
  );
}
