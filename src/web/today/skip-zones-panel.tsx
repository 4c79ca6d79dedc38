import { useEffect, useState } from "preact/hooks";
import type { ZoneId } from "../../core/model/zones.ts";
import type { SkipReason, SkipToday } from "../common/skip-today.ts";
import { FaceMap } from "../face-art/face-map.tsx";
import { t } from "../i18n/language.ts";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Radio } from "../ui/choice-row.tsx";
import { Disclosure } from "../ui/disclosure.tsx";

/** The reasons to skip zones, each named by `today.skip.<reason>`. */
const REASONS: readonly SkipReason[] = ["breakout", "sunburn", "other"];

/** Props of {@link SkipZonesPanel}. */
export interface SkipZonesPanelProps {
  readonly skip: SkipToday;
  readonly onChange: (skip: SkipToday) => void;
}

/**
 * "Skip zones today": say why and tap zones on the face map; the plan re-times as you tap. The
 * panel stays open while zones change (the person closes it), and opens by itself when zones
 * skipped earlier today are read back.
 */
export function SkipZonesPanel(props: SkipZonesPanelProps) {
  const { skip } = props;
  const skipping = skip.zones.length > 0;
  const [open, setOpen] = useState(skipping);
  useEffect(() => {
    if (skipping) setOpen(true);
  }, [skipping]);
  const toggle = (zone: ZoneId, on: boolean): void => {
    const zones = on
      ? [...skip.zones.filter((z) => z !== zone), zone]
      : skip.zones.filter((z) => z !== zone);
    props.onChange({ ...skip, zones });
  };
  return (
    <Disclosure
      class="skip-zones"
      open={open}
      onToggle={setOpen}
      summary={
        skipping
          ? t("today.skip.summary-count", { count: skip.zones.length })
          : t("today.skip.summary")
      }
    >
      <div class="skip-zones__body">
        <ChoiceGroup legend={t("today.skip.why")} class="skip-reason">
          {REASONS.map((r) => (
            <Radio
              key={r}
              name="skip-reason"
              value={r}
              label={t(`today.skip.${r}`)}
              checked={skip.reason === r}
              onChange={() => props.onChange({ ...skip, reason: r })}
            />
          ))}
        </ChoiceGroup>
        <FaceMap
          selection={{
            legend: t("today.skip.map"),
            selected: skip.zones,
            onToggle: toggle,
          }}
        />
      </div>
    </Disclosure>
  );
}
