import { useState } from "preact/hooks";
import type { Programme } from "../../core/programme/programmes.ts";
import { addDays, diffDays, type LocalDate, parseLocalDate } from "../../core/time/local-date.ts";
import { t } from "../i18n/language.ts";

/** How far back a start date may go: a programme already under way can be entered. */
export const EARLIEST_START_DAYS = 56;
/** How far ahead a start may be planned. */
export const LATEST_START_DAYS = 28;

/** Why a start date cannot be used, or `undefined` when it can. */
export function startProblem(text: string, today: LocalDate): string | undefined {
  const date = parseLocalDate(text);
  if (date === undefined) return "Enter the day you start (or started).";
  if (diffDays(date, today) > EARLIEST_START_DAYS)
    return `The start can be at most ${EARLIEST_START_DAYS} days ago.`;
  if (diffDays(today, date) > LATEST_START_DAYS)
    return `The start can be at most ${LATEST_START_DAYS} days ahead.`;
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
  return (
    <section class="programme-choice" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(`programme.${p.id}.name`)}</h3>
      <p>{t(`programme.${p.id}.summary`)}</p>
      <ul>
        {p.stages.map((s) => (
          <li key={s.id}>
            <strong>
              {t(`programme.stage.${s.id}.name`)}, days {s.days[0]} to {s.days[1]}:
            </strong>{" "}
            {t(`programme.stage.${s.id}.adds`)}
          </li>
        ))}
        <li>
          A check-in and a photo on day{p.checkInDays.length > 1 ? "s" : ""}{" "}
          {p.checkInDays.join(", ")}.
        </li>
      </ul>
      <p class="hint">
        {t(`programme.${p.id}.basis`)} The weekly plan is our own default around that dose.{" "}
        <a href="/learn/evidence">What the studies show</a>
      </p>
      <div class="field">
        <label for={`${id}-start`}>First day</label>
        <input
          id={`${id}-start`}
          type="date"
          min={addDays(today, -EARLIEST_START_DAYS)}
          max={addDays(today, LATEST_START_DAYS)}
          value={start}
          aria-invalid={problem ? "true" : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onInput={(e) => setStart((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {problem ? (
        <p id={`${id}-problem`} class="error" role="alert">
          {problem}
        </p>
      ) : null}
      <button
        type="button"
        class="primary"
        disabled={props.busy}
        aria-describedby={props.replacing ? "replaces-hint" : undefined}
        onClick={() => {
          const wrong = startProblem(start, today);
          setProblem(wrong);
          const date = parseLocalDate(start);
          if (wrong === undefined && date !== undefined) props.onStart(date);
        }}
      >
        Start {t(`programme.${p.id}.name`).split(":")[0]}
      </button>
    </section>
  );
}
