import type { ComponentChildren } from "preact";
import { dayWords } from "../common/words.ts";
import { Button } from "../ui/button.tsx";
import { Trash } from "../ui/icons.ts";

/** One treatment already noted, in words. */
export interface NotedTreatment {
  readonly key: string;
  /** "Botox, forehead" or "Light chemical peel". */
  readonly what: string;
  readonly date: string;
  /** More to do with it (the clinician's clearance), under the words. */
  readonly extra?: ComponentChildren;
}

/** The treatments noted so far, each with its date in words and a Remove button. */
export function TreatmentList(props: {
  readonly items: readonly NotedTreatment[];
  readonly onRemove: (index: number) => void;
}) {
  if (props.items.length === 0) return null;
  return (
    <ul class="treatment-list">
      {props.items.map((t, index) => (
        <li key={t.key} class="treatment-list__item">
          <div class="treatment-list__words">
            <span class="treatment-list__what">{t.what}</span>
            <span class="treatment-list__date">{dayWords(t.date)}</span>
            {t.extra}
          </div>
          <Button
            variant="quiet"
            size="small"
            icon={Trash}
            aria-label={`Remove ${t.what}, ${dayWords(t.date)}`}
            onClick={() => props.onRemove(index)}
          >
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}
