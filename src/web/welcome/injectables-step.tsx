import { useState } from "preact/hooks";
import type { ZoneId } from "../../core/model/zones.ts";
import type { InjectableKind } from "../../core/safety/profile.ts";
import { type LocalDate, parseLocalDate } from "../../core/time/local-date.ts";
import type { StepProps } from "../common/profile-draft.ts";
import { FaceMap } from "../face-art/face-map.tsx";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Radio } from "../ui/choice-row.tsx";
import { Plus } from "../ui/icons.ts";
import { InlineError } from "../ui/inline-error.tsx";
import { PastDateField, pastDateProblem } from "./past-date-field.tsx";
import { TreatmentList } from "./treatment-list.tsx";

/** The answer to "Botox or filler?": nothing chosen yet, none, or the kind being added. */
type Answer = InjectableKind | "none" | null;

/**
 * Recent Botox or filler: "None", or the kind, its date and the zones tapped on the face map.
 * Nothing is chosen until the person chooses: a preselected Botox read as an answer.
 */
export function InjectablesStep({
  draft,
  change,
  today,
}: StepProps & { readonly today: LocalDate }) {
  const [answer, setAnswer] = useState<Answer>(null);
  const [date, setDate] = useState("");
  const [zones, setZones] = useState<readonly ZoneId[]>([]);
  const [error, setError] = useState<string>();
  const kind = answer === "botox" || answer === "filler" ? answer : undefined;
  const problem = (parsed: LocalDate | undefined): string | undefined => {
    const dateProblem = pastDateProblem(parsed, today, "treatment");
    if (dateProblem !== undefined) return dateProblem;
    if (zones.length === 0) return t("welcome.injectables.no-zone");
    return undefined;
  };
  const add = (): void => {
    if (kind === undefined) return;
    const parsed = parseLocalDate(date);
    const wrong = problem(parsed);
    setError(wrong);
    if (wrong !== undefined || parsed === undefined) return;
    change({
      injectables: [...draft.injectables, ...zones.map((zone) => ({ kind, zone, date: parsed }))],
    });
    setZones([]);
    setDate("");
    setAnswer(null);
  };
  return (
    <div class="stack stack--loose">
      <ChoiceGroup legend={t("welcome.injectables.legend")} hint={t("welcome.injectables.hint")}>
        <TreatmentList
          items={draft.injectables.map((i) => ({
            key: `${i.kind}-${i.zone}-${i.date}`,
            what: t("welcome.injectables.item", { kind: i.kind, zone: t(`zone.${i.zone}.inline`) }),
            date: i.date,
          }))}
          onRemove={(index) =>
            change({ injectables: draft.injectables.filter((_, j) => j !== index) })
          }
        />
        <Radio
          name="inj-kind"
          look="tile"
          label={draft.injectables.length > 0 ? t("welcome.no-more") : t("welcome.none")}
          checked={answer === "none"}
          onChange={() => setAnswer("none")}
        />
        {(["botox", "filler"] as const).map((k) => (
          <Radio
            key={k}
            name="inj-kind"
            look="tile"
            label={t(`welcome.injectables.kind.${k}`)}
            checked={answer === k}
            onChange={() => setAnswer(k)}
          />
        ))}
      </ChoiceGroup>
      {kind ? (
        <div class="stack treatment-form">
          <PastDateField
            id="inj-date"
            label={t("welcome.injectables.date")}
            today={today}
            value={date}
            onChange={setDate}
          />
          <FaceMap
            selection={{
              legend: t("welcome.injectables.where"),
              selected: zones,
              onToggle: (zone, on) =>
                setZones(
                  on ? [...zones.filter((z) => z !== zone), zone] : zones.filter((z) => z !== zone),
                ),
            }}
          />
          <div role="alert">
            <InlineError id="inj-error">{error}</InlineError>
          </div>
          <div>
            <Button variant="secondary" icon={Plus} onClick={add}>
              {t("welcome.injectables.add")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
