import { useState } from "preact/hooks";
import type { LocalPhoto } from "../../local/local-db.ts";
import { useObjectUrl } from "./use-object-url.ts";

function label(p: LocalPhoto): string {
  return new Date(p.takenAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

function PhotoSelect({
  id,
  text,
  photos,
  value,
  set,
}: {
  id: string;
  text: string;
  photos: readonly LocalPhoto[];
  value: string;
  set: (v: string) => void;
}) {
  return (
    <label for={id}>
      {text}{" "}
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {photos.map((p) => (
          <option key={p.id} value={p.id}>
            {label(p)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Two photos of any two dates, side by side or overlaid with a slider between them. */
export function PhotoCompare({ photos }: { photos: readonly LocalPhoto[] }) {
  const [beforeId, setBefore] = useState(photos[0]?.id ?? "");
  const [afterId, setAfter] = useState(photos[photos.length - 1]?.id ?? "");
  const [mode, setMode] = useState<"side" | "slider">("side");
  const [split, setSplit] = useState(50);
  const before = photos.find((p) => p.id === beforeId) ?? photos[0];
  const after = photos.find((p) => p.id === afterId) ?? photos[photos.length - 1];
  const beforeUrl = useObjectUrl(before?.blob);
  const afterUrl = useObjectUrl(after?.blob);
  if (!before || !after) return null;
  return (
    <section aria-labelledby="compare-heading" class="progress-card">
      <h3 id="compare-heading">Compare two dates</h3>
      <div class="actions">
        <PhotoSelect
          id="compare-before"
          text="Before"
          photos={photos}
          value={before.id}
          set={setBefore}
        />
        <PhotoSelect
          id="compare-after"
          text="After"
          photos={photos}
          value={after.id}
          set={setAfter}
        />
      </div>
      <fieldset class="inline">
        <legend>View</legend>
        <label>
          <input
            type="radio"
            name="compare-mode"
            checked={mode === "side"}
            onChange={() => setMode("side")}
          />{" "}
          Side by side
        </label>{" "}
        <label>
          <input
            type="radio"
            name="compare-mode"
            checked={mode === "slider"}
            onChange={() => setMode("slider")}
          />{" "}
          Slider
        </label>
      </fieldset>
      {mode === "side" ? (
        <div class="side-by-side">
          <figure>
            <img src={beforeUrl} alt={`Your face on ${label(before)}`} />
            <figcaption>{label(before)}</figcaption>
          </figure>
          <figure>
            <img src={afterUrl} alt={`Your face on ${label(after)}`} />
            <figcaption>{label(after)}</figcaption>
          </figure>
        </div>
      ) : (
        <>
          <div class="slider-compare">
            <img src={beforeUrl} alt={`Your face on ${label(before)}`} />
            <img
              class="slider-top"
              src={afterUrl}
              alt={`Your face on ${label(after)}, from ${split}% across`}
              style={{ clipPath: `inset(0 0 0 ${split}%)` }}
            />
          </div>
          <label class="block">
            Slide between {label(before)} (left) and {label(after)} (right){" "}
            <input
              type="range"
              min={0}
              max={100}
              value={split}
              onInput={(e) => setSplit(Number(e.currentTarget.value))}
            />
          </label>
        </>
      )}
    </section>
  );
}
