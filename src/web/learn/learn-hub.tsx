import { TECHNIQUE_IDS } from "../../core/model/techniques.ts";
import { ZONE_IDS } from "../../core/model/zones.ts";
import { t } from "../i18n/language.ts";
import "./learn.css";

/** /learn: the way into the guides, the technique and zone pages, and the evidence. */
export function LearnHub() {
  return (
    <section class="learn">
      <h1>Learn</h1>
      <p>
        How each movement is done, where it goes on the face, and how strong the evidence is for
        what it might do.
      </p>
      <div class="learn-card">
        <h2>
          <a href="/learn/guides">Guides</a>
        </h2>
        <p>Routines, drainage order, tools, safety, sunscreen and keeping the habit.</p>
      </div>
      <div class="learn-card">
        <h2>
          <a href="/learn/evidence">Evidence</a>
        </h2>
        <p>Every claimed benefit with its grade from A to D, a summary and the studies.</p>
      </div>
      <h2>Techniques</h2>
      <ul>
        {TECHNIQUE_IDS.map((id) => (
          <li key={id}>
            <a href={`/learn/techniques/${id}`}>{t(`technique.${id}.name`)}</a>
          </li>
        ))}
      </ul>
      <h2>Zones</h2>
      <ul>
        {ZONE_IDS.map((id) => (
          <li key={id}>
            <a href={`/learn/zones/${id}`}>{t(`zone.${id}.name`)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
