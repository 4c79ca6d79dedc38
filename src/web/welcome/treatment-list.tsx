import type { ComponentChildren } from "preact";
import { dayWords } from "../common/words.ts";
import { t } from "../i18n/language.ts";
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
      {props.items.map((item, index) => (
        <li key={item.key} class="treatment-list__item">
          <div class="treatment-list__words">
            <span class="treatment-list__what">{item.what}</span>
            <span class="treatment-list__date">{dayWords(item.date)}</span>
            {item.extra}
          </div>
          <Button
            variant="quiet"
            size="small"
            icon={Trash}
            aria-label={t("welcome.remove-item", { what: item.what, date: dayWords(item.date) })}
            onClick={() => props.onRemove(index)}
          >
            {t("welcome.remove")}
          </Button>
        </li>
      ))}
    </ul>
  );
}
