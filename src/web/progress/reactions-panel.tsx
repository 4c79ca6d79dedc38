import { linkReactions, reactionPatterns } from "../../core/progress/reactions.ts";
import { t } from "../i18n/language.ts";
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
    <section aria-labelledby="reactions-heading" class="progress-card">
      <h2 id="reactions-heading">Reactions and what came before</h2>
      <p class="muted">
        The sessions in the 48 hours before each reaction. Something they share may be worth a pause
        or a change; it is not proof of a cause. A reaction that lasts or spreads is one to show a
        clinician.
      </p>
      {shared.length > 0 ? (
        <ul class="patterns">
          {shared.map((p) => (
            <li key={`${p.what}-${p.value}`}>
              {p.what === "medium" ? mediumName(p.value) : toolName(p.value)} came before{" "}
              {p.reactions} of {p.of} reactions.
            </li>
          ))}
        </ul>
      ) : null}
      <ol class="reaction-list">
        {links.slice(0, SHOWN).map((link) => (
          <li key={link.checkinId} data-checkin={link.checkinId}>
            <p>
              <strong>{whenText(link.at)}</strong>:{" "}
              {link.reactions
                .map((r) => `${t(`checkin.reaction.${r.kind}.name`)} (${zoneName(r.zone)})`)
                .join(", ")}
            </p>
            {link.sessions.length === 0 ? (
              <p class="muted">No session in the 48 hours before.</p>
            ) : (
              <ul>
                {link.sessions.map((s) => (
                  <li key={s.id}>
                    {slotName(s.slot)} session {s.hoursBefore} h before: {mediumName(s.medium)},{" "}
                    {toolName(s.tool)}, {s.zones.map(zoneName).join(", ")}
                  </li>
                ))}
              </ul>
            )}
            {link.workedZones.length > 0 ? (
              <p>Worked on the same zone: {link.workedZones.map(zoneName).join(", ")}.</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
