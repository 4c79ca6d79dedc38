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
import { Button, ButtonLink } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Pause, Play } from "../ui/icons.ts";
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
    <Card as="section" tone="tinted" class="stack" aria-labelledby="current-title current-day">
      <h2 id="current-title" class="section-title">
        {t(`programme.${programme.id}.name`)}
      </h2>
      <p id="current-day" class="programme-day">
        {statusHeadline(status)}
      </p>
      {status.status === "active" ? <p>{dayText(status.day)}</p> : null}
      {status.status !== "not-started" ? <p>{adherenceText(adherence)}</p> : null}
      {status.status === "finished" ? (
        <>
          <p>{t("programmes.finished")}</p>
          <div class="cluster">
            <ButtonLink href="/progress/check-in" variant="secondary" size="small">
              {t("programmes.banner.check-in-link")}
            </ButtonLink>
            <ButtonLink href="/progress/photos" variant="secondary" size="small">
              {t("programmes.banner.photos", { finished: "true" })}
            </ButtonLink>
          </div>
        </>
      ) : null}
      <div class="cluster">
        {status.status === "finished" || leaving ? null : paused ? (
          <Button
            icon={Play}
            busy={props.busy}
            onClick={() => props.onChange(resumeProgramme(state, today))}
          >
            {t("programmes.resume")}
          </Button>
        ) : (
          <Button
            variant="secondary"
            icon={Pause}
            busy={props.busy}
            onClick={() => props.onChange(pauseProgramme(state, today))}
          >
            {t("programmes.pause")}
          </Button>
        )}
        {leaving ? (
          <>
            <Button
              variant="destructive"
              busy={props.busy}
              aria-describedby="leave-hint"
              onClick={() => props.onChange(undefined)}
            >
              {t("programmes.leave.confirm")}
            </Button>
            <Button variant="secondary" onClick={() => setLeaving(false)}>
              {t("programmes.leave.keep")}
            </Button>
          </>
        ) : (
          <Button variant="quiet" busy={props.busy} onClick={() => setLeaving(true)}>
            {t("programmes.leave")}
          </Button>
        )}
      </div>
      {leaving ? (
        <p id="leave-hint" class="small" role="status">
          {t("programmes.leave.hint")}
        </p>
      ) : null}
    </Card>
  );
}
