import { render } from "preact";
import { useState } from "preact/hooks";
import { TECHNIQUE_IDS, type TechniqueId } from "../../../core/model/techniques.ts";
import { ZONE_IDS, type ZoneId } from "../../../core/model/zones.ts";
import type { PlanStep } from "../../../core/planner/plan-types.ts";
import { practicePlan } from "../../../core/planner/practice.ts";
import { t } from "../../i18n/language.ts";
import { FaceArt } from "../face-art.tsx";
import { FaceMap } from "../face-map.tsx";
import "../../styles/base.css";
import "./demo.css";

/**
 * A page for looking at the art, never part of the app (`npm run dev`, then /face-art/demo/).
 * With no query it shows every technique's practice step; `?technique=roller&zone=cheeks&side=
 * left` shows one step large (`&defer` waits for a tap to show it), `&t=3200` holds it at that moment (`&play` starts it there), `?show=roller:cheeks:left,tap`
 * shows those steps, `?map` the still map, `?zones` every zone lit on its own.
 */
const q = new URLSearchParams(location.search);
const theme = q.get("theme");
if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;

function stepFor(technique: TechniqueId, zone?: ZoneId, side?: string): PlanStep {
  const steps = practicePlan(technique, t, zone).steps;
  const found = steps.find((s) => side === null || side === undefined || s.side === side);
  const step = found ?? steps[0];
  if (step === undefined) throw new Error(`no practice step for ${technique}`);
  return step;
}

function One() {
  const technique = (q.get("technique") ?? "small-circles") as TechniqueId;
  const zone = (q.get("zone") ?? undefined) as ZoneId | undefined;
  const step = stepFor(technique, zone, q.get("side") ?? undefined);
  const t = q.get("t");
  const [playing, setPlaying] = useState(t === null || q.has("play"));
  // `&defer`: the art waits for a tap, so the time it takes to start can be measured alone.
  const [shown, setShown] = useState(!q.has("defer"));
  if (!shown) {
    return (
      <button type="button" onClick={() => setShown(true)}>
        Show
      </button>
    );
  }
  return (
    <section class="demo-one">
      <FaceArt step={step} playing={playing} elapsedMs={t === null ? undefined : Number(t)} loop />
      <p class="demo-caption">{`${step.zone}, ${step.side}: ${step.technique}, ${step.seconds} s, ${step.sections} × ${step.reps ?? "-"}`}</p>
      <button type="button" onClick={() => setPlaying(!playing)}>
        {playing ? "Pause" : "Play"}
      </button>
    </section>
  );
}

/** The steps of `?show=technique:zone:side,…`, or every technique's practice step. */
function shown(): readonly PlanStep[] {
  const list = q.get("show");
  if (list === null) return TECHNIQUE_IDS.map((t) => stepFor(t));
  return list.split(",").map((item) => {
    const [technique, zone, side] = item.split(":");
    return stepFor(technique as TechniqueId, (zone || undefined) as ZoneId | undefined, side);
  });
}

function Gallery() {
  const t = q.get("t");
  return (
    <section class="demo-grid">
      {shown().map((step) => {
        const key = `${step.technique}-${step.zone}-${step.side}`;
        return (
          <figure key={key}>
            <FaceArt
              step={step}
              playing={t === null}
              elapsedMs={t === null ? undefined : Number(t)}
              loop
            />
            <figcaption>{`${step.technique} · ${step.zone} · ${step.side}`}</figcaption>
          </figure>
        );
      })}
    </section>
  );
}

function StillMaps() {
  const [chosen, setChosen] = useState<readonly ZoneId[]>(["cheeks", "forehead"]);
  return (
    <section class="demo-grid">
      <FaceMap lit={["under-eyes"]} side="both" flow={{ zone: "under-eyes", side: "both" }} />
      <FaceMap lit={[...ZONE_IDS]} label="Every zone" />
      <FaceMap
        selection={{
          legend: "Tap the areas to leave out today",
          selected: chosen,
          onToggle: (z, on) => setChosen(on ? [...chosen, z] : chosen.filter((x) => x !== z)),
        }}
      />
    </section>
  );
}

/** Every zone lit on its own, with its lines or direction: a check of where each sits. */
function Zones() {
  return (
    <section class="demo-grid">
      {ZONE_IDS.map((z) => (
        <figure key={z}>
          <FaceMap lit={[z]} flow={{ zone: z, side: "both" }} label={z} />
          <figcaption>{z}</figcaption>
        </figure>
      ))}
    </section>
  );
}

const root = document.getElementById("demo");
const page = q.has("zones") ? (
  <Zones />
) : q.has("map") ? (
  <StillMaps />
) : q.has("technique") ? (
  <One />
) : (
  <Gallery />
);
if (root) render(page, root);
