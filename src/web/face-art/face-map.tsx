import { useId } from "preact/hooks";
import { ZONE_IDS, type ZoneId } from "../../core/model/zones.ts";
import type { Side as StepSide } from "../../core/planner/plan-types.ts";
import { t } from "../i18n/language.ts";
import { VIEW_HEIGHT, VIEW_WIDTH } from "./curves.ts";
import { FaceDrawing } from "./face-drawing.tsx";
import { lineGuide } from "./guides.ts";
import { SideGroup } from "./side-group.tsx";
import { type Half, litAreaPaths, ZONE_ART, zoneAreaPath } from "./zone-art.ts";
import { ZoneGlow } from "./zone-glow.tsx";
import "./face-art-colours.css";
import "./face-art.css";
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

/** Props of {@link FaceMap}: the same as the ellipse map's, so it drops in where that was. */
export interface FaceMapProps {
  /** Zones drawn lit. */
  readonly lit?: readonly ZoneId[];
  /** Which side of the lit zones is lit; "both" by default. */
  readonly side?: StepSide;
  /** Draws a zone's lines (or its direction) with arrowheads on a side. */
  readonly flow?: { readonly zone: ZoneId; readonly side: StepSide };
  /** Makes the map a zone picker. */
  readonly selection?: ZoneSelection;
  /** Accessible description of the picture when it is not a picker. */
  readonly label?: string;
}

const halvesOf = (side: StepSide): readonly Half[] =>
  side === "left" || side === "right" ? [side] : ["left", "right"];

/** A zone's lines, or its one direction where it has none, with arrowheads. */
function Flow(props: { zone: ZoneId; side: StepSide }) {
  const art = ZONE_ART[props.zone];
  const guides = (art.lines.length > 0 ? art.lines : [art.flow]).map((l) => lineGuide(l));
  return (
    <>
      {halvesOf(props.side).map((half) => (
        <SideGroup key={half} half={half}>
          {guides.map((g) => (
            <g key={g.shown} class="fa-guide">
              <path d={g.shown} class="fa-guide-path fa-still" />
              <path d={g.arrow} class="fa-arrow" />
            </g>
          ))}
        </SideGroup>
      ))}
    </>
  );
}

/** Every zone as a faint tappable area, for the picker. */
function Choosable(props: { zones: readonly ZoneId[]; onTap: (zone: ZoneId) => void }) {
  return (
    <g class="fa-choosable">
      {props.zones.flatMap((zone) =>
        (ZONE_ART[zone].midline ? (["left"] as const) : (["left", "right"] as const)).map(
          (half) => (
            // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut only; the picker's labelled checkboxes are the keyboard and screen-reader way to choose.
            <path
              key={`${zone}-${half}`}
              d={zoneAreaPath(zone, half)}
              data-zone={zone}
              onClick={() => props.onTap(zone)}
            />
          ),
        ),
      )}
    </g>
  );
}

/**
 * The still face: the drawn face with zones lit, a zone's lines and direction, or a picker of
 * zones. Drawn as in a mirror (the person's left on the left), like the moving {@link FaceArt}.
 */
export function FaceMap(props: FaceMapProps) {
  const ids = `fm${useId().replace(/[^\w-]/g, "")}`;
  const sel = props.selection;
  const lit = [...(props.lit ?? []), ...(sel?.selected ?? [])];
  const side = props.side ?? "both";
  const toggle = (zone: ZoneId) => sel?.onToggle(zone, !sel.selected.includes(zone));
  const picture = (
    <svg
      class="face-art face-map-still"
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      role={sel ? undefined : "img"}
      aria-label={sel ? undefined : (props.label ?? t("common.face-art.map"))}
      aria-hidden={sel ? "true" : undefined}
      focusable="false"
    >
      <FaceDrawing ids={ids} />
      {sel ? <Choosable zones={sel.zones ?? ZONE_IDS} onTap={toggle} /> : null}
      <ZoneGlow paths={lit.flatMap((z) => litAreaPaths(z, sel ? "both" : side))} />
      {props.flow ? <Flow zone={props.flow.zone} side={props.flow.side} /> : null}
    </svg>
  );
  if (!sel) return picture;
  return (
    <fieldset class="fa-picker">
      <legend>{sel.legend}</legend>
      {picture}
      <div class="fa-choices">
        {(sel.zones ?? ZONE_IDS).map((zone) => (
          <label key={zone} class="fa-choice">
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
