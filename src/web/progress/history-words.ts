import { formatList } from "../../core/i18n/format-number.ts";
import { type CheckinBody, levelWords, MEASURES, scoreOf } from "../../core/progress/checkin.ts";
import { t } from "../i18n/language.ts";
import type { SessionBody } from "../local/session-body.ts";
import { mediumName, toolName, zoneName } from "./labels.ts";

/** A check-in in words, each rating as the score's words (5 = better), as the form showed it. */
export function checkinText(body: CheckinBody): string {
  const rated = MEASURES.flatMap((m) => {
    const level = body.ratings[m];
    return level === undefined
      ? []
      : [
          t("progress.history.rating", {
            measure: t(`checkin.measure.${m}.name`),
            words: levelWords(m, scoreOf(m, level), t),
            score: scoreOf(m, level),
          }),
        ];
  });
  const reactions = body.reactions.map((r) =>
    t("progress.history.reaction", {
      reaction: t(`checkin.reaction.${r.kind}.name`),
      zone: zoneName(r.zone),
    }),
  );
  const parts = [
    rated.length > 0
      ? t("progress.history.ratings", { list: formatList(t.locale, rated) })
      : t("progress.history.no-ratings"),
  ];
  if (reactions.length > 0)
    parts.push(t("progress.history.reactions", { list: formatList(t.locale, reactions) }));
  if (body.note) parts.push(t("progress.history.note", { note: body.note }));
  return parts.join(" ");
}

/**
 * A session's length as it was, to the second ("9 min", "1 min 36 s"), so an early end never
 * reads as a rounded-up minute.
 */
export function durationText(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  if (minutes === 0) return t("progress.duration.seconds", { seconds });
  if (seconds === 0) return t("progress.duration.minutes", { minutes });
  return t("progress.duration.both", { minutes, seconds });
}

/** A session in one line: its length, whether it ended early, the tool, medium and zones. */
export function sessionText(body: SessionBody): string {
  return t("progress.history.session-text", {
    duration: durationText(body.secondsDone),
    ended: body.completed ? "no" : "early",
    tool: toolName(body.tool),
    medium: mediumName(body.medium),
    zones: formatList(t.locale, body.zones.map(zoneName)),
  });
}
