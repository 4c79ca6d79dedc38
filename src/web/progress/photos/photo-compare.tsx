import { useState } from "preact/hooks";
import { formatList } from "../../../core/i18n/format-number.ts";
import { t } from "../../i18n/language.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import { Card } from "../../ui/card.tsx";
import { SegmentedControl } from "../../ui/segmented-control.tsx";
import { SelectField } from "../../ui/select-field.tsx";
import { Slider } from "../../ui/slider.tsx";
import { AlignedPhoto } from "./aligned-photo.tsx";
import { alignSeries } from "./alignment.ts";
import { photoDate } from "./photo-date.ts";

function PhotoSelect(props: {
  id: string;
  text: string;
  photos: readonly LocalPhoto[];
  value: string;
  set: (v: string) => void;
}) {
  return (
    <SelectField
      id={props.id}
      label={props.text}
      value={props.value}
      onChange={(e) => props.set(e.currentTarget.value)}
    >
      {props.photos.map((p) => (
        <option key={p.id} value={p.id}>
          {photoDate(p)}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * Two photos of any two dates, side by side or one over the other with a slider, each lined up
 * to the first photo of the series by its face, so the same skin is compared at the same size
 * and angle. A photo whose face was not found is shown as it is, and says so.
 */
export function PhotoCompare(props: {
  readonly photos: readonly LocalPhoto[];
  readonly finding: boolean;
}) {
  const { photos } = props;
  // Unchosen, Before is the first photo and After the latest, also as new ones are saved.
  const [beforeId, setBefore] = useState<string>();
  const [afterId, setAfter] = useState<string>();
  const [mode, setMode] = useState<"side" | "slider">("side");
  const [split, setSplit] = useState(50);
  const before = photos.find((p) => p.id === beforeId) ?? photos[0];
  const after = photos.find((p) => p.id === afterId) ?? photos[photos.length - 1];
  if (!before || !after) return null;
  const series = alignSeries(photos);
  const shown = [before, after].map((p) => ({ p, ...series.transformOf(p) }));
  const unaligned = shown.filter((s) => !s.aligned && s.p.anchors === null);
  const label = (p: LocalPhoto) => t("progress.photos.alt", { when: photoDate(p) });
  const [b, a] = shown as [(typeof shown)[0], (typeof shown)[0]];
  return (
    <Card as="section" aria-labelledby="compare-heading" class="photo-compare">
      <h3 id="compare-heading">{t("progress.photos.compare")}</h3>
      <div class="photo-compare__pickers">
        <PhotoSelect
          id="compare-before"
          text={t("progress.photos.before")}
          photos={photos}
          value={before.id}
          set={setBefore}
        />
        <PhotoSelect
          id="compare-after"
          text={t("progress.photos.after")}
          photos={photos}
          value={after.id}
          set={setAfter}
        />
      </div>
      <SegmentedControl
        legend={t("progress.photos.view")}
        options={[
          { value: "side", label: t("progress.photos.view.side") },
          { value: "slider", label: t("progress.photos.view.slider") },
        ]}
        value={mode}
        onChange={setMode}
      />
      {mode === "side" ? (
        <div class="photo-compare__side">
          {[b, a].map((s) => (
            <figure key={s.p.id}>
              <AlignedPhoto photo={s.p} transform={s.t} frame={series.frame} label={label(s.p)} />
              <figcaption>{photoDate(s.p)}</figcaption>
            </figure>
          ))}
        </div>
      ) : (
        <>
          <div class="photo-compare__stack">
            <AlignedPhoto photo={b.p} transform={b.t} frame={series.frame} label={label(b.p)} />
            <AlignedPhoto
              photo={a.p}
              transform={a.t}
              frame={series.frame}
              label={t("progress.photos.top-label", { photo: label(a.p), split })}
              class="photo-compare__top"
              style={{ clipPath: `inset(0 0 0 ${split}%)` }}
            />
          </div>
          <Slider
            label={t("progress.photos.split")}
            value={split}
            min={0}
            max={100}
            format={(v) => `${v}%`}
            ends={[photoDate(before), photoDate(after)]}
            onInput={setSplit}
          />
        </>
      )}
      <p class="photo-compare__note" role="status">
        {props.finding
          ? t("progress.photos.finding")
          : unaligned.length > 0
            ? t("progress.photos.unaligned", {
                when: formatList(
                  t.locale,
                  unaligned.map((s) => photoDate(s.p)),
                  "disjunction",
                ),
              })
            : series.reference
              ? t("progress.photos.aligned")
              : ""}
      </p>
    </Card>
  );
}
