import type { IconNode } from "lucide";
import type { Slot } from "../../core/model/slots.ts";
import { t } from "../i18n/language.ts";
import { CalendarDays, CircleCheck, Moon, Sunrise } from "../ui/icons.ts";
import { SegmentedControl } from "../ui/segmented-control.tsx";

const SLOT_ICONS: Readonly<Record<Slot, IconNode>> = {
  am: Sunrise,
  pm: Moon,
  weekly: CalendarDays,
};

/** Props of {@link SlotSwitch}. */
export interface SlotSwitchProps {
  readonly slots: readonly Slot[];
  readonly current: Slot;
  readonly done: ReadonlySet<Slot>;
  readonly onChange: (slot: Slot) => void;
}

/**
 * Morning / evening (/ weekly on its day) as a segmented control; a routine whose massage is done
 * today shows a tick instead of its icon and is read as "Morning, done".
 */
export function SlotSwitch(props: SlotSwitchProps) {
  return (
    <SegmentedControl
      legend={t("today.slot.legend")}
      hideLegend
      class="slot-switch"
      name="slot"
      value={props.current}
      onChange={props.onChange}
      options={props.slots.map((slot) => ({
        value: slot,
        label: t(`slot.${slot}.name`),
        icon: props.done.has(slot) ? CircleCheck : SLOT_ICONS[slot],
        ...(props.done.has(slot) ? { description: t("today.slot.done") } : {}),
      }))}
    />
  );
}
