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
        {t("programmes.offer")} <a href="/programme">{t("programmes.offer.link")}</a>
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
          {t("programmes.banner.check-in", { finished: String(status.status === "finished") })}{" "}
          <a href="/progress/check-in">{t("programmes.banner.check-in-link")}</a> ·{" "}
          <a href="/progress/photos">
            {t("programmes.banner.photos", { finished: String(status.status === "finished") })}
          </a>
        </p>
      ) : null}
      <p>
        <a href="/programme">
          {t("programmes.banner.change", { finished: String(status.status === "finished") })}
        </a>
      </p>
    </Card>
  );
}
