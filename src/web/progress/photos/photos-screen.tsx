import { useEffect, useState } from "preact/hooks";
import { practiceDay } from "../../../core/consistency/session-day.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import type { Records } from "../../local/records.ts";
import { currentTimeZone } from "../progress-data.ts";
import { CameraCapture } from "./camera-capture.tsx";
import { PhotoCompare } from "./photo-compare.tsx";
import { PhotoList } from "./photo-list.tsx";
import { deletePhoto, listPhotos, savePhoto } from "./photo-store.ts";
import { type PreparedPhoto, prepareFile } from "./prepare-photo.ts";
import { useObjectUrl } from "./use-object-url.ts";

/** Progress photos: capture or pick, a lighting check, a ghost overlay, comparison, deletion. */
export function PhotosScreen({ records }: { records: Records }) {
  const [photos, setPhotos] = useState<LocalPhoto[]>([]);
  const [camera, setCamera] = useState(false);
  const [pending, setPending] = useState<PreparedPhoto>();
  const [error, setError] = useState("");
  const [status, setStatus] = useState("");
  const pendingUrl = useObjectUrl(pending?.blob);
  const reload = () => void listPhotos().then(setPhotos);
  useEffect(reload, []);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setError("");
    try {
      setPending(await prepareFile(file));
    } catch {
      setError("That file could not be read as a picture.");
    }
  };
  const save = async () => {
    if (!pending) return;
    const now = Date.now();
    await savePhoto({
      id: records.newId(),
      takenAt: new Date(now).toISOString(),
      localDate: practiceDay(now, currentTimeZone()),
      blob: pending.blob,
      width: pending.width,
      height: pending.height,
    });
    setPending(undefined);
    setCamera(false);
    setStatus("Photo saved on this device.");
    reload();
  };
  const remove = async (id: string) => {
    await deletePhoto(id);
    setStatus("Photo deleted from this device.");
    reload();
  };

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
            <button type="button" onClick={() => void save()}>
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
          onCapture={setPending}
          onClose={() => setCamera(false)}
        />
      ) : (
        <div class="actions">
          <button type="button" onClick={() => setCamera(true)}>
            Use the camera
          </button>
          <label class="button secondary">
            Choose a picture{" "}
            <input
              class="visually-hidden"
              type="file"
              accept="image/*"
              onChange={(e) => void onFile(e)}
            />
          </label>
        </div>
      )}
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <p role="status" class="muted">
        {status}
      </p>
      {photos.length >= 2 ? <PhotoCompare photos={photos} /> : null}
      <PhotoList photos={photos} remove={(id) => void remove(id)} />
    </section>
  );
}
