import type { ZoneId } from "../../core/model/zones.ts";
import type { SkipReason, SkipToday } from "../common/skip-today.ts";
import { FaceMap } from "../face-art/face-map.tsx";

const REASONS: readonly { readonly id: SkipReason; readonly label: string }[] = [
  { id: "breakout", label: "Breakout or inflamed spots" },
  { id: "sunburn", label: "Sunburn or broken skin" },
  { id: "other", label: "Something else" },
];

/** Props of {@link SkipZonesPanel}. */
export interface SkipZonesPanelProps {
  readonly skip: SkipToday;
  readonly onChange: (skip: SkipToday) => void;
}

/** "Skip zones today": tap zones on the face map and say why; the plan re-times as you tap. */
export function SkipZonesPanel(props: SkipZonesPanelProps) {
  const { skip } = props;
  const toggle = (zone: ZoneId, on: boolean): void => {
    const zones = on
      ? [...skip.zones.filter((z) => z !== zone), zone]
      : skip.zones.filter((z) => z !== zone);
    props.onChange({ ...skip, zones });
  };
  return (
    <details class="skip-zones" open={skip.zones.length > 0}>
      <summary>Skip zones today{skip.zones.length > 0 ? ` (${skip.zones.length})` : ""}</summary>
      <fieldset class="skip-reason">
        <legend>Why</legend>
        {REASONS.map((r) => (
          <label key={r.id}>
            <input
              type="radio"
              name="skip-reason"
              value={r.id}
              checked={skip.reason === r.id}
              onChange={() => props.onChange({ ...skip, reason: r.id })}
            />
            {r.label}
          </label>
        ))}
      </fieldset>
      <FaceMap
        selection={{
          legend: "Tap the areas to leave out today",
          selected: skip.zones,
          onToggle: toggle,
        }}
      />
    </details>
  );
}
