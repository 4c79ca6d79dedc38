import { useState } from "preact/hooks";
import { formatList } from "../../core/i18n/format-number.ts";
import type { Programme } from "../../core/programme/programmes.ts";
import { addDays, diffDays, type LocalDate, parseLocalDate } from "../../core/time/local-date.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Play } from "../ui/icons.ts";
import { TextField } from "../ui/text-field.tsx";

/** How far back a start date may go: a programme already under way can be entered. */
export const EARLIEST_START_DAYS = 56;
/** How far ahead a start may be planned. */
export const LATEST_START_DAYS = 28;

/** Why a start date cannot be used, or `undefined` when it can. */
export function startProblem(text: string, today: LocalDate): string | undefined {
  const date = parseLocalDate(text);
  if (date === undefined) return t("programmes.start.missing");
  if (diffDays(date, today) > EARLIEST_START_DAYS)
    return t("programmes.start.too-early", { days: EARLIEST_START_DAYS });
  if (diffDays(today, date) > LATEST_START_DAYS)
    return t("programmes.start.too-late", { days: LATEST_START_DAYS });
  return undefined;
}

/** One programme to choose: what it asks each stage, what it is based on, and a start date. */
export function ProgrammeChoice(props: {
  readonly programme: Programme;
  readonly today: LocalDate;
  readonly replacing: boolean;
  readonly busy: boolean;
  readonly onStart: (start: LocalDate) => void;
}) {
  const { programme: p, today } = props;
  const [start, setStart] = useState<string>(today);
  const [problem, setProblem] = useState<string>();
  const id = `programme-${p.id}`;
  const name = t(`programme.${p.id}.name`);
  return (
    <Card as="section" class="stack programme-choice" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="section-title">
        {name}
      </h3>
      <p>{t(`programme.${p.id}.summary`)}</p>
      <ul class="programme-stages">
        {p.stages.map((s) => (
          <li key={s.id}>
            <strong>
              {t("programmes.choice.stage", {
                name: t(`programme.stage.${s.id}.name`),
                from: s.days[0],
                to: s.days[1],
              })}
            </strong>{" "}
            {t(`programme.stage.${s.id}.adds`)}
          </li>
        ))}
        <li>
          {t("programmes.choice.check-ins", {
            n: p.checkInDays.length,
            days: formatList(
              t.locale,
              p.checkInDays.map((d) => String(d)),
            ),
          })}
        </li>
      </ul>
      <p class="muted small">
        {t(`programme.${p.id}.basis`)} {t("programmes.choice.our-default")}{" "}
        <a href="/learn/evidence">{t("programmes.choice.evidence")}</a>
      </p>
      <div class="programme-choice__start">
        <TextField
          id={`${id}-start`}
          type="date"
          label={t("programmes.choice.first-day")}
          min={addDays(today, -EARLIEST_START_DAYS)}
          max={addDays(today, LATEST_START_DAYS)}
          value={start}
          error={problem}
          onInput={(e) => setStart((e.currentTarget as HTMLInputElement).value)}
        />
        <Button
          icon={Play}
          busy={props.busy}
          aria-describedby={props.replacing ? "replaces-hint" : undefined}
          onClick={() => {
            const wrong = startProblem(start, today);
            setProblem(wrong);
            const date = parseLocalDate(start);
            if (wrong === undefined && date !== undefined) props.onStart(date);
          }}
        >
          {t(`programmes.choice.start.${p.id}`)}
        </Button>
      </div>
    </Card>
  );
}
