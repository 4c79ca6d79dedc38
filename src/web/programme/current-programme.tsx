import { useState } from "preact/hooks";
import {
  type ProgrammeState,
  pausedNow,
  pauseProgramme,
  programmeAdherence,
  programmeStatus,
  resumeProgramme,
} from "../../core/programme/programme-state.ts";
import { PROGRAMMES } from "../../core/programme/programmes.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { t } from "../i18n/language.ts";
import { adherenceText, dayText, statusHeadline } from "./programme-status-text.ts";

/** Props of {@link CurrentProgramme}. */
export interface CurrentProgrammeProps {
  readonly state: ProgrammeState;
  readonly today: LocalDate;
  readonly doneDays: ReadonlySet<LocalDate>;
  readonly busy: boolean;
  readonly onChange: (next: ProgrammeState | undefined) => void;
}

/** The programme under way: where the person is, days done, and pause, resume or leave. */
export function CurrentProgramme(props: CurrentProgrammeProps) {
  const { state, today } = props;
  const [leaving, setLeaving] = useState(false);
  const programme = PROGRAMMES[state.id];
  const status = programmeStatus(state, today);
  const adherence = programmeAdherence(state, props.doneDays, today);
  const paused = pausedNow(state);
  return (
    <section class="programme-current" aria-labelledby="current-title">
      <h2 id="current-title">{t(`programme.${programme.id}.name`)}</h2>
      <p class="programme-day">{statusHeadline(status)}</p>
      {status.status === "active" ? <p>{dayText(status.day)}</p> : null}
      {status.status !== "not-started" ? <p>{adherenceText(adherence)}</p> : null}
      {status.status === "finished" ? (
        <p>
          Well done. Do a <a href="/progress/check-in">check-in</a> and{" "}
          <a href="/progress/photos">compare your first photo with a new one</a>, taken in the same
          light.
        </p>
      ) : null}
      <div class="actions">
        {status.status === "finished" ? null : paused ? (
          <button
            type="button"
            disabled={props.busy}
            onClick={() => props.onChange(resumeProgramme(state, today))}
          >
            Resume the programme
          </button>
        ) : (
          <button
            type="button"
            disabled={props.busy}
            onClick={() => props.onChange(pauseProgramme(state, today))}
          >
            Pause the programme
          </button>
        )}
        {leaving ? (
          <>
            <button
              type="button"
              class="primary"
              disabled={props.busy}
              onClick={() => props.onChange(undefined)}
            >
              Yes, leave it
            </button>
            <button type="button" onClick={() => setLeaving(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" disabled={props.busy} onClick={() => setLeaving(true)}>
            Leave the programme
          </button>
        )}
      </div>
      {leaving ? (
        <p class="hint" role="status">
          Leaving keeps your sessions and check-ins; only the programme's day count stops.
        </p>
      ) : null}
    </section>
  );
}
