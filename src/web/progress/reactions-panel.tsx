import { formatList } from "../../core/i18n/format-number.ts";
import { linkReactions, reactionPatterns } from "../../core/progress/reactions.ts";
import { t } from "../i18n/language.ts";
import { Card } from "../ui/card.tsx";
import { mediumName, slotName, toolName, whenText, zoneName } from "./labels.ts";
import { type ProgressData, sessionFacts } from "./progress-data.ts";

const SHOWN = 10;

/** Each reported reaction with the sessions of the 48 hours before it, and what they share. */
export function ReactionsPanel({ data }: { data: ProgressData }) {
  const links = linkReactions(
    data.checkins.map((c) => ({ id: c.id, body: c.body })),
    sessionFacts(data),
  );
  if (links.length === 0) return null;
  const shared = reactionPatterns(links).filter((p) => p.reactions >= 2);
  return (
    <Card as="section" aria-labelledby="reactions-heading">
      <h2 id="reactions-heading">{t("progress.reactions.title")}</h2>
      <p class="muted">{t("progress.reactions.about")}</p>
      {shared.length > 0 ? (
        <ul class="patterns">
          {shared.map((p) => (
            <li key={`${p.what}-${p.value}`}>
              {t("progress.reactions.pattern", {
                what: p.what === "medium" ? mediumName(p.value) : toolName(p.value),
                count: p.reactions,
                of: p.of,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <ol class="reaction-list">
        {links.slice(0, SHOWN).map((link) => (
          <li key={link.checkinId} data-checkin={link.checkinId}>
            <p>
              <strong>{whenText(link.at)}</strong>:{" "}
              {formatList(
                t.locale,
                link.reactions.map((r) =>
                  t("progress.history.reaction", {
                    reaction: t(`checkin.reaction.${r.kind}.name`),
                    zone: zoneName(r.zone),
                  }),
                ),
              )}
            </p>
            {link.sessions.length === 0 ? (
              <p class="muted">{t("progress.reactions.no-session")}</p>
            ) : (
              <ul>
                {link.sessions.map((s) => (
                  <li key={s.id}>
                    {t("progress.reactions.session", {
                      slot: slotName(s.slot),
                      hours: s.hoursBefore,
                      medium: mediumName(s.medium),
                      tool: toolName(s.tool),
                      zones: formatList(t.locale, s.zones.map(zoneName)),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {link.workedZones.length > 0 ? (
              <p>
                {t("progress.reactions.same-zone", {
                  zones: formatList(t.locale, link.workedZones.map(zoneName)),
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
