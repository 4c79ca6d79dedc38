import { useEffect, useRef, useState } from "preact/hooks";
import type { Slot } from "../../core/model/slots.ts";
import {
  ACTIVE_KINDS,
  isActive,
  PRODUCT_KINDS,
  type ProductKind,
} from "../../core/routine/product-kinds.ts";
import { routineBodyWarnings } from "../../core/setup/plan-for-slot.ts";
import type { RoutineBody, RoutineStepEntry } from "../../core/setup/routine-body.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useTapGuard } from "../common/tap-guard.ts";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Disclosure } from "../ui/disclosure.tsx";
import { Icon } from "../ui/icon.tsx";
import { IconButton } from "../ui/icon-button.tsx";
import { GripVertical, Plus, X } from "../ui/icons.ts";
import { SelectField } from "../ui/select-field.tsx";
import { TextField } from "../ui/text-field.tsx";
import { addStep, moveStep, moveStepTo, removeStep, type StepEdit } from "./edit-steps.ts";
import { stepKey } from "./step-key.ts";
import { useRowDrag } from "./use-row-drag.ts";
import "../ui/card.css";
import "./routines.css";

/** Props of {@link RoutineEditor}. */
export interface RoutineEditorProps {
  readonly routine: RoutineBody;
  readonly minutes: number;
  readonly onSave: (steps: readonly RoutineStepEntry[]) => Promise<void>;
}

const title = (s: RoutineStepEntry, minutes: number): string =>
  s.kind === "massage"
    ? t("routines.massage", { minutes })
    : s.name
      ? t("routines.named-step", { kind: t(`routine.kind.${s.kind}.name`), name: s.name })
      : t(`routine.kind.${s.kind}.name`);

/**
 * One routine's steps: move (drag the handle, or arrow keys on it), remove and add, each checked
 * by the composer's order rules.
 */
export function RoutineEditor(props: RoutineEditorProps) {
  const { routine } = props;
  const slot: Slot = routine.slot;
  const [message, setMessage] = useState<{ text: string; refused: boolean; row?: string }>();
  const [kind, setKind] = useState<ProductKind>("serum");
  const [name, setName] = useState("");
  const steps = routine.steps;
  // Each edit is made from the steps on screen. Once one is saved, those steps are out of date
  // until the saved routine comes back, so a tap before then changes nothing, and one change
  // runs at a time. The screen can come back before a double tap ends, so the second half of a
  // double tap is dropped too: it would remove or move the step that took the first one's place.
  const editedFrom = useRef<readonly RoutineStepEntry[] | null>(null);
  const taps = useTapGuard();
  const saving = useAction(
    t("routines.saving", { slot }),
    async (next: readonly RoutineStepEntry[], done: string, after?: () => void) => {
      await props.onSave(next);
      editedFrom.current = steps;
      setMessage({ text: done, refused: false });
      after?.();
    },
  );
  const apply = (
    control: string,
    edit: StepEdit,
    done: string,
    after?: () => void,
    row?: string,
  ): void => {
    if (editedFrom.current === steps || !taps.accept(control)) return;
    if (!edit.ok)
      setMessage({ text: t("routines.refused", { reason: edit.reason }), refused: true, row });
    else saving.run(edit.steps, edit.note ?? done, after);
  };
  // A move by key or by drag: the refusal shows beside the row that was moved, and after a
  // move by key the handle keeps the focus as its row takes its new place.
  const focusAfter = useRef<string | undefined>(undefined);
  const move = (from: number, to: number, control: string): void => {
    const step = steps[from];
    if (step === undefined) return;
    const label = title(step, props.minutes);
    const key = stepKey(steps, from);
    const one = Math.abs(to - from) === 1;
    apply(
      control,
      one ? moveStep(steps, slot, from, to < from ? -1 : 1) : moveStepTo(steps, slot, from, to),
      t("routines.moved", { step: label, way: one ? (to < from ? "up" : "down") : "other" }),
      () => (focusAfter.current = key),
      key,
    );
  };
  const drag = useRowDrag((from, to) => move(from, to, `drag-${from}`));
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    const key = focusAfter.current;
    if (key === undefined) return;
    focusAfter.current = undefined;
    list.current?.querySelector<HTMLElement>(`[data-step="${key}"] .step-row__handle`)?.focus();
  }, [steps]);
  return (
    <section class="routine-editor card card--raised" aria-labelledby={`edit-${slot}`} ref={list}>
      <h2 id={`edit-${slot}`} class="section-title">
        {t(`slot.${slot}.name`)}
      </h2>
      {/* Each routine folds away; the weekly one starts folded, as it is used once a week. */}
      <Disclosure summary={t("routines.steps", { n: steps.length })} open={slot !== "weekly"}>
        <p id={`move-help-${slot}`} class="visually-hidden">
          {t("routines.move-help")}
        </p>
        <ol class="step-rows">
          {steps.map((s, i) => {
            const label = title(s, props.minutes);
            const key = stepKey(steps, i);
            const here = message?.row === key ? message : undefined;
            const shift = drag.offset(i);
            return (
              <li
                key={key}
                data-step={key}
                class={drag.dragging === i ? "step-row step-row--dragging" : "step-row"}
                style={shift === 0 ? undefined : { transform: `translateY(${shift}px)` }}
              >
                <div class="step-row__line">
                  <button
                    type="button"
                    class="step-row__handle"
                    aria-label={t("routines.move", { step: label })}
                    aria-describedby={`move-help-${slot}`}
                    onPointerDown={(e) => drag.start(e, i)}
                    onKeyDown={(e) => {
                      const by = e.key === "ArrowUp" ? -1 : e.key === "ArrowDown" ? 1 : 0;
                      if (by === 0) return;
                      e.preventDefault();
                      move(i, i + by, `${e.key}-${i}`);
                    }}
                  >
                    <Icon icon={GripVertical} size={22} />
                  </button>
                  <span class="step-name">{label}</span>
                  {s.kind === "massage" ? null : (
                    <IconButton
                      icon={X}
                      variant="quiet"
                      size="small"
                      label={t("routines.remove", { step: label })}
                      onClick={() =>
                        apply(
                          `remove-${i}`,
                          removeStep(steps, slot, i),
                          t("routines.removed", { step: label }),
                        )
                      }
                    />
                  )}
                </div>
                {here ? (
                  <p class="step-row__refusal" role="alert">
                    {here.text}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        <div class="add-step">
          <SelectField
            id={`add-kind-${slot}`}
            label={t("routines.add.kind")}
            value={kind}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ProductKind)}
          >
            <optgroup label={t("routines.add.products")}>
              {PRODUCT_KINDS.filter((k) => !isActive(k)).map((k) => (
                <option key={k} value={k}>
                  {t(`routine.kind.${k}.name`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("routines.add.actives")}>
              {ACTIVE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`routine.kind.${k}.name`)}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <TextField
            label={t("routines.add.name")}
            maxLength={80}
            value={name}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
          <div>
            <Button
              variant="secondary"
              icon={Plus}
              onClick={() => {
                const trimmed = name.trim();
                apply(
                  "add",
                  addStep(steps, slot, trimmed ? { kind, name: trimmed } : { kind }),
                  t("routines.added", { step: t(`routine.kind.${kind}.name`) }),
                  () => setName(""),
                );
              }}
            >
              {t("routines.add", { slot })}
            </Button>
          </div>
        </div>
        {routineBodyWarnings(routine, t).map((w) => (
          <p key={w.code} class="muted small" data-warning={w.code}>
            {w.message}
          </p>
        ))}
        {message && message.row === undefined ? (
          <p
            class={message.refused ? "step-row__refusal" : "muted"}
            role={message.refused ? "alert" : "status"}
          >
            {message.text}
          </p>
        ) : null}
        <ProblemNotice problem={saving.problem.value} />
      </Disclosure>
    </section>
  );
}
