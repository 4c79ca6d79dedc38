import type { ProgrammeState } from "../../core/programme/programme-state.ts";
import { programmeAdherence, programmeStatus } from "../../core/programme/programme-state.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { t } from "../i18n/language.ts";
import { Card } from "../ui/card.tsx";
import { adherenceText, dayText, statusHeadline } from "./programme-status-text.ts";

/** Props of {@link ProgrammeBanner}. */
export interface ProgrammeBannerProps {
  readonly state: ProgrammeState | undefined;
  readonly today: LocalDate;
  readonly doneDays: ReadonlySet<LocalDate>;
}

/**
 * Today's card about the programme: "Day 9 of 35", what the day asks, practice days done, and on
 * check-in days (and at the end) a check-in and a photo. Without a programme, an offer of one.
 */
export function ProgrammeBanner({ state, today, doneDays }: ProgrammeBannerProps) {
  if (state === undefined)
    return (
      <p class="muted programme-offer">
        Want to see whether it does something for you? <a href="/programme">Follow a programme</a>{" "}
        of two to eight weeks.
      </p>
    );
  const status = programmeStatus(state, today);
  const adherence = programmeAdherence(state, doneDays, today);
  const checkIn =
    status.status === "finished" || (status.status === "active" && status.day.checkIn);
  return (
    <Card
      as="section"
      tone="tinted"
      class="programme-banner"
      aria-labelledby="programme-banner-title"
    >
      <h2 id="programme-banner-title" class="section-title">
        {t(`programme.${state.id}.name`)}:{" "}
        <span data-testid="programme-day">{statusHeadline(status)}</span>
      </h2>
      {status.status === "active" ? <p>{dayText(status.day)}</p> : null}
      {status.status === "active" || status.status === "finished" ? (
        <p>{adherenceText(adherence)}</p>
      ) : null}
      {checkIn ? (
        <p class="checkin-due">
          {status.status === "finished"
            ? "The programme is done: see how it went."
            : "A check-in day: note how your skin feels and take a photo in the same light as before."}{" "}
          <a href="/progress/check-in">Check in</a> ·{" "}
          <a href="/progress/photos">
            {status.status === "finished" ? "Compare photos" : "Photos"}
          </a>
        </p>
      ) : null}
      <p>
        <a href="/programme">
          {status.status === "finished" ? "Leave it or choose another" : "Pause or change"}
        </a>
      </p>
    </Card>
  );
}
