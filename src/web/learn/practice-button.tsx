import { useState } from "preact/hooks";
import type { TechniqueId } from "../../core/model/techniques.ts";
import type { ZoneId } from "../../core/model/zones.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { startPractice } from "./start-practice.ts";

/** "Practice 1 minute": opens the player, or says why the person's safety screen refuses it. */
export function PracticeButton(props: { technique: TechniqueId; zone?: ZoneId }) {
  const [refused, setRefused] = useState<readonly string[] | null>(null);
  const starting = useAction(t("learn.practice.starting"), async () => {
    setRefused(await startPractice(props.technique, props.zone));
  });
  return (
    <div class="practice">
      <Button variant="primary" busy={starting.busy.value} onClick={() => starting.run()}>
        {t("learn.practice.button")}
      </Button>
      <ProblemNotice problem={starting.problem.value} />
      {refused ? (
        <div role="alert" class="practice-refused">
          <p>{t("learn.practice.refused")}</p>
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
