import { useEffect, useState } from "preact/hooks";
import { practiceDay } from "../../../core/time/session-day.ts";
import { detectors } from "../../camera/detector-loader.ts";
import { ModelProgress } from "../../camera/model-progress.tsx";
import { deviceTimeZone } from "../../common/device-time-zone.ts";
import { ProblemNotice } from "../../common/problem-notice.tsx";
import { useAction } from "../../common/use-action.ts";
import { useLoad } from "../../common/use-load.ts";
import { t } from "../../i18n/language.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import type { Records } from "../../local/records.ts";
import { Card } from "../../ui/card.tsx";
import { EmptyState } from "../../ui/empty-state.tsx";
import { Image as ImageIcon } from "../../ui/icons.ts";
import { CameraCapture } from "./camera-capture.tsx";
import { findFace } from "./find-face.ts";
import { type Pending, PendingPhoto } from "./pending-photo.tsx";
import { PhotoCompare } from "./photo-compare.tsx";
import { PhotoList } from "./photo-list.tsx";
import { reviewPhoto } from "./photo-review.ts";
import { PhotoSources } from "./photo-sources.tsx";
import { deletePhoto, listPhotos, savePhoto } from "./photo-store.ts";
import { type PreparedPhoto, prepareFile } from "./prepare-photo.ts";
import { UndoDelete } from "./undo-delete.tsx";
import { canUseCamera } from "./use-camera.ts";
import { useLazyFaces } from "./use-lazy-faces.ts";
import "./photos.css";

/**
 * Progress photos: take one with the first photo as a ghost to line up with, or pick a file; a
 * check of light, focus and framing before saving; the face found and kept with each photo, so
 * the compare view lines them up; delete with a question first and undo after.
 */
export function PhotosScreen({ records }: { records: Records }) {
  const [changes, setChanges] = useState(0);
  const listed = useLoad(t("progress.photos.reading"), listPhotos, [changes]);
  const photos: readonly LocalPhoto[] = listed.value ?? [];
  const reload = () => setChanges((n) => n + 1);
  const [camera, setCamera] = useState(false);
  const [cameraNote, setCameraNote] = useState(
    canUseCamera() ? "" : t("progress.photos.camera.unsupported"),
  );
  const [pending, setPending] = useState<Pending>();
  const [pickError, setPickError] = useState("");
  const [deleted, setDeleted] = useState<LocalPhoto>();
  const [attempt, setAttempt] = useState(0);
  const modelState = detectors.state("face").value;
  useEffect(() => () => detectors.release("face"), []);

  // The id is made with the picture, so saving it twice (a double tap, a retry) keeps one photo.
  const prepared = async (p: PreparedPhoto) => {
    const id = records.newId();
    setPending({ ...p, id, anchors: undefined, review: undefined });
    const anchors = await findFace(p.canvas).catch(() => undefined);
    const review = reviewPhoto(p.canvas, anchors);
    setPending((cur) => (cur?.id === id ? { ...cur, anchors, review } : cur));
  };
  const saving = useAction(t("progress.photos.saving"), async (photo: Pending) => {
    const now = Date.now();
    await savePhoto({
      id: photo.id,
      takenAt: new Date(now).toISOString(),
      localDate: practiceDay(now, deviceTimeZone()),
      blob: photo.blob,
      width: photo.width,
      height: photo.height,
      ...(photo.anchors === undefined ? {} : { anchors: photo.anchors }),
    });
    setPending(undefined);
    setCamera(false);
    setDeleted(undefined);
    reload();
  });
  const removing = useAction(t("progress.photos.deleting"), async (photo: LocalPhoto) => {
    await deletePhoto(photo.id);
    setDeleted(photo);
    reload();
  });
  const restoring = useAction(t("progress.photos.restoring"), async (photo: LocalPhoto) => {
    await savePhoto(photo);
    setDeleted(undefined);
    reload();
  });

  const picking = (file: File) => {
    setPickError("");
    prepareFile(file).then(prepared, () => setPickError(t("progress.photos.pick-error")));
  };
  return (
    <Card as="section" aria-labelledby="photos-heading" class="photos">
      <h2 id="photos-heading">{t("progress.tab.photos")}</h2>
      <p class="photos__privacy">
        <strong>{t("progress.photos.private")}</strong> {t("progress.photos.private-more")}
      </p>
      <ModelProgress
        state={modelState}
        what={t("progress.photos.face-finder")}
        onRetry={() => {
          setAttempt((n) => n + 1);
          detectors.get("face").catch(() => {});
        }}
      />
      {pending ? (
        <PendingPhoto
          pending={pending}
          saving={saving.busy.value}
          onSave={() => saving.run(pending)}
          onRetake={() => setPending(undefined)}
        />
      ) : camera ? (
        <CameraCapture
          first={photos[0]}
          onCapture={(p) => {
            prepared(p).catch(() => {});
          }}
          onClose={() => setCamera(false)}
          onUnavailable={(message) => {
            setCamera(false);
            setCameraNote(message);
          }}
        />
      ) : (
        <PhotoSources
          cameraNote={cameraNote}
          pickError={pickError}
          onCamera={() => setCamera(true)}
          onFile={picking}
        />
      )}
      <ProblemNotice problem={saving.problem.value} />
      <ProblemNotice problem={removing.problem.value} />
      <ProblemNotice problem={restoring.problem.value} />
      <ProblemNotice problem={listed.problem} />
      <UndoDelete deleted={deleted} busy={restoring.busy.value} onUndo={(p) => restoring.run(p)} />
      {photos.length >= 2 ? (
        <PhotoCompareWithFaces photos={photos} attempt={attempt} onFound={reload} />
      ) : null}
      {photos.length > 0 ? (
        <PhotoList photos={photos} remove={(p) => removing.run(p)} />
      ) : listed.value ? (
        <EmptyState icon={ImageIcon} title={t("progress.photos.empty")} headingLevel={3}>
          {t("progress.photos.empty-more")}
        </EmptyState>
      ) : null}
    </Card>
  );
}

function PhotoCompareWithFaces(props: {
  photos: readonly LocalPhoto[];
  attempt: number;
  onFound: () => void;
}) {
  const finding = useLazyFaces(props.photos, props.attempt, props.onFound);
  return <PhotoCompare photos={props.photos} finding={finding} />;
}
