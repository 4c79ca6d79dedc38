import { ZONE_IDS, type ZoneId } from "../../core/model/zones.ts";
import type { Side } from "../../core/planner/plan-types.ts";
import { t } from "../i18n/language.ts";
import { mirror, OUTLINE, ZONE_SHAPES } from "./face-geometry.ts";
import "./face-map.css";

/** Tap-to-choose zones: each zone becomes a labelled checkbox as well as a tappable area. */
export interface ZoneSelection {
  /** The group's visible legend, e.g. "Where did you have Botox?". */
  readonly legend: string;
  readonly selected: readonly ZoneId[];
  readonly onToggle: (zone: ZoneId, selected: boolean) => void;
  /** Which zones can be chosen (all by default). */
  readonly zones?: readonly ZoneId[];
}

/** Props of {@link FaceMap}. */
export interface FaceMapProps {
  /** Zones drawn lit. */
  readonly lit?: readonly ZoneId[];
  /** Which side of the lit zones is lit; "both" by default. */
  readonly side?: Side;
  /** Shows the stroke direction of one zone, animated (a static arrow under reduced motion). */
  readonly flow?: { readonly zone: ZoneId; readonly side: Side };
  /** Makes the map a zone picker. */
  readonly selection?: ZoneSelection;
  /** Accessible description of the picture when it is not a picker. */
  readonly label?: string;
}

const halves = (side: Side, midline: boolean): readonly ("left" | "right")[] =>
  midline || side === "both" || side === "center" ? ["left", "right"] : [side];

function ZoneArea(props: { zone: ZoneId; lit: boolean; side: Side; onTap?: () => void }) {
  const shape = ZONE_SHAPES[props.zone];
  const litSides = props.lit ? halves(props.side, shape.midline === true) : [];
  const parts = shape.midline ? (["left"] as const) : (["left", "right"] as const);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut only; the picker's labelled checkboxes are the keyboard and screen-reader way to choose.
    <g class="face-zone" data-zone={props.zone} onClick={props.onTap}>
      {parts.map((half) => (
        <path
          key={half}
          d={half === "left" ? shape.area : mirror(shape.area)}
          class={litSides.includes(half) || (shape.midline && props.lit) ? "lit" : undefined}
        />
      ))}
    </g>
  );
}

function Flow(props: { zone: ZoneId; side: Side }) {
  const shape = ZONE_SHAPES[props.zone];
  return (
    <g class="face-flow">
      {halves(props.side, false).map((half) => {
        const d = half === "left" ? shape.flow : mirror(shape.flow);
        return (
          <g key={half}>
            <path d={d} class="flow-line" marker-end="url(#face-arrow)" />
            <path d={d} class="flow-pulse" pathLength={100} />
          </g>
        );
      })}
    </g>
  );
}

/**
 * The face map: head, neck and shoulders with the 14 zones, drawn as in a mirror (the person's
 * left on the left). Shows lit zones and a stroke direction (player, Learn), or lets a person
 * choose zones (onboarding) through real checkboxes, with the picture's areas tappable too.
 */
export function FaceMap(props: FaceMapProps) {
  const lit = props.lit ?? [];
  const sel = props.selection;
  const toggle = (zone: ZoneId) => sel?.onToggle(zone, !sel.selected.includes(zone));
  const picture = (
    <svg
      class="face-map"
      viewBox="0 0 200 260"
      role={sel ? undefined : "img"}
      aria-label={sel ? undefined : (props.label ?? "Face map")}
      aria-hidden={sel ? "true" : undefined}
      focusable="false"
    >
      <defs>
        <marker
          id="face-arrow"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto"
        >
          <path d="M0 0 L10 5 L0 10 Z" class="flow-head" />
        </marker>
      </defs>
      <path d={OUTLINE} class="face-outline" />
      {ZONE_IDS.map((zone) => (
        <ZoneArea
          key={zone}
          zone={zone}
          lit={lit.includes(zone) || (sel?.selected.includes(zone) ?? false)}
          side={props.side ?? "both"}
          onTap={sel && (sel.zones ?? ZONE_IDS).includes(zone) ? () => toggle(zone) : undefined}
        />
      ))}
      {props.flow ? <Flow zone={props.flow.zone} side={props.flow.side} /> : null}
    </svg>
  );
  if (!sel) return picture;
  return (
    <fieldset class="face-picker">
      <legend>{sel.legend}</legend>
      {picture}
      <div class="face-choices">
        {(sel.zones ?? ZONE_IDS).map((zone) => (
          <label key={zone} class="face-choice">
            <input
              type="checkbox"
              name="zones"
              value={zone}
              checked={sel.selected.includes(zone)}
              onChange={(e) => sel.onToggle(zone, (e.currentTarget as HTMLInputElement).checked)}
            />
            {t(`zone.${zone}.name`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
