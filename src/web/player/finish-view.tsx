import type { ZoneId } from "../../core/model/zones.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { FaceMap } from "../face-map/face-map.tsx";
import { t } from "../i18n/language.ts";
import type { PlayerEngine } from "./player-engine.ts";
import { workDone } from "./session-record.ts";
import { durationWords } from "./step-words.ts";

/** After the session: time done, zones covered, and whether it is saved. */
export function FinishView(props: { engine: PlayerEngine }) {
  const { engine } = props;
  const elapsed = engine.elapsed.value;
  const completed = elapsed >= engine.scheduler.timeline.totalMs;
  const { zones } = workDone(engine.active.plan, engine.scheduler.timeline, elapsed);
  const zoneIds = zones as ZoneId[];
  return (
    <section class="finish" aria-labelledby="finish-title">
      <h1 id="finish-title">{completed ? "Session done" : "Session ended early"}</h1>
      <p>
        {durationWords(Math.round(elapsed / 1000))} of guided massage
        {completed ? "." : `, out of ${durationWords(engine.scheduler.timeline.totalMs / 1000)}.`}
      </p>
      <FaceMap
        lit={zoneIds}
        label={`Zones covered: ${zoneIds.map((z) => t(`zone.${z}.name`)).join(", ")}`}
      />
      <ul class="zones-done">
        {zoneIds.map((z) => (
          <li key={z}>{t(`zone.${z}.name`)}</li>
        ))}
      </ul>
      {engine.saveProblem.value ? (
        <ProblemNotice problem={engine.saveProblem.value} />
      ) : (
        <p role="status">
          {engine.recordedId.value ? "Saved to your history on this device." : "Saving…"}
        </p>
      )}
      {engine.recordedId.value ? (
        <p>
          <a class="button" href={`/progress/check-in?session=${engine.recordedId.value}`}>
            Check in: how does your skin feel?
          </a>
        </p>
      ) : null}
      <a class="button" href="/">
        Back to the start
      </a>
    </section>
  );
}
