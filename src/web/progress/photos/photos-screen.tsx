import { useState } from "preact/hooks";
import { practiceDay } from "../../../core/time/session-day.ts";
import { deviceTimeZone } from "../../common/device-time-zone.ts";
import { ProblemNotice } from "../../common/problem-notice.tsx";
import { useAction } from "../../common/use-action.ts";
import { useLoad } from "../../common/use-load.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import type { Records } from "../../local/records.ts";
import { CameraCapture } from "./camera-capture.tsx";
import { PhotoCompare } from "./photo-compare.tsx";
import { PhotoList } from "./photo-list.tsx";
import { deletePhoto, listPhotos, savePhoto } from "./photo-store.ts";
import { type PreparedPhoto, prepareFile } from "./prepare-photo.ts";
import { useObjectUrl } from "./use-object-url.ts";

/** A photo taken or picked, not saved yet, with the id it is saved under (made when taken). */
type Pending = PreparedPhoto & { readonly id: string };

/** Progress photos: capture or pick, a lighting check, a ghost overlay, comparison, deletion. */
export function PhotosScreen({ records }: { records: Records }) {
  const [changes, setChanges] = useState(0);
  const listed = useLoad("read your photos", listPhotos, [changes]);
  const photos: readonly LocalPhoto[] = listed.value ?? [];
  const [camera, setCamera] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const [error, setError] = useState("");
  const [status, setStatus] = useState("");
  const pendingUrl = useObjectUrl(pending?.blob);
  // The id is made with the picture, so saving it twice (a double tap, a retry) keeps one photo.
  const prepared = (p: PreparedPhoto) => setPending({ ...p, id: records.newId() });

  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setError("");
    prepareFile(file).then(prepared, () => setError("That file could not be read as a picture."));
  };
  const saving = useAction("save the photo", async (photo: Pending) => {
    const now = Date.now();
    await savePhoto({
      id: photo.id,
      takenAt: new Date(now).toISOString(),
      localDate: practiceDay(now, deviceTimeZone()),
      blob: photo.blob,
      width: photo.width,
      height: photo.height,
    });
    setPending(undefined);
    setCamera(false);
    setStatus("Photo saved on this device.");
    setChanges((n) => n + 1);
  });
  const removing = useAction("delete the photo", async (id: string) => {
    await deletePhoto(id);
    setStatus("Photo deleted from this device.");
    setChanges((n) => n + 1);
  });

  return (
    <section aria-labelledby="photos-heading" class="progress-card">
      <h2 id="photos-heading">Photos</h2>
      <p class="privacy">
        <strong>Your photos stay on this device.</strong> They are kept in this browser's storage
        only: never uploaded, never synced, and not part of the data export unless you download them
        yourself.
      </p>
      {pending ? (
        <div class="pending-photo">
          <img src={pendingUrl} alt="Your face as just taken, not saved yet" />
          {pending.lighting.verdict === "ok" ? (
            <p>The light looks even.</p>
          ) : (
            <p role="alert" class="hint">
              {pending.lighting.hint}
            </p>
          )}
          <div class="actions">
            <button type="button" disabled={saving.busy.value} onClick={() => saving.run(pending)}>
              {pending.lighting.verdict === "ok" ? "Save photo" : "Save anyway"}
            </button>
            <button type="button" class="secondary" onClick={() => setPending(undefined)}>
              Retake
            </button>
          </div>
        </div>
      ) : camera ? (
        <CameraCapture
          ghost={photos[0]?.blob}
          onCapture={prepared}
          onClose={() => setCamera(false)}
        />
      ) : (
        <div class="actions">
          <button type="button" onClick={() => setCamera(true)}>
            Use the camera
          </button>
          <label class="button secondary">
            Choose a picture{" "}
            <input class="visually-hidden" type="file" accept="image/*" onChange={onFile} />
          </label>
        </div>
      )}
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <ProblemNotice problem={saving.problem.value} />
      <ProblemNotice problem={removing.problem.value} />
      <ProblemNotice problem={listed.problem} />
      <p role="status" class="muted">
        {status}
      </p>
      {photos.length >= 2 ? <PhotoCompare photos={photos} /> : null}
      <PhotoList photos={photos} remove={(id) => removing.run(id)} />
    </section>
  );
}
