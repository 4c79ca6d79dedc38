import { useState } from "preact/hooks";
import type { TechniqueId, ZoneId } from "../../core/index.ts";
import { startPractice } from "./start-practice.ts";

/** "Practice 1 minute": opens the player, or says why the person's safety screen refuses it. */
export function PracticeButton(props: { technique: TechniqueId; zone?: ZoneId }) {
  const [refused, setRefused] = useState<readonly string[] | null>(null);
  return (
    <div class="practice">
      <button
        type="button"
        onClick={async () => setRefused(await startPractice(props.technique, props.zone))}
      >
        Practice 1 minute
      </button>
      {refused ? (
        <div role="alert" class="practice-refused">
          <p>Nura won't guide this practice for you right now:</p>
          <ul>
            {refused.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
