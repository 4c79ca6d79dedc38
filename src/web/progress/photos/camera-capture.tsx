import { useEffect, useRef, useState } from "preact/hooks";
import type { CaptureHintCode } from "../../../core/camera/capture-hint.ts";
import { ProblemNotice } from "../../common/problem-notice.tsx";
import { useAction } from "../../common/use-action.ts";
import { t } from "../../i18n/language.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import { Button } from "../../ui/button.tsx";
import { Camera, X } from "../../ui/icons.ts";
import { findFace } from "./find-face.ts";
import { drawThrough, ghostTransform, liveHint, transformText } from "./ghost.ts";
import { hintWords } from "./hint-words.ts";
import { type PreparedPhoto, preparePhoto } from "./prepare-photo.ts";
import { useCamera } from "./use-camera.ts";

/** How often the live face is looked for while lining up (each look takes a fraction of that). */
const LOOK_EVERY_MS = 400;

/** The first photo faintly over the live picture, placed where its face was. */
function useGhost(video: HTMLVideoElement | null, ready: boolean, first: LocalPhoto | undefined) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [placed, setPlaced] = useState("");
  useEffect(() => {
    const c = canvas.current;
    if (!ready || !first || !video || !c) return;
    let live = true;
    createImageBitmap(first.blob).then(
      (bitmap) => {
        if (!live) return bitmap.close();
        c.width = video.videoWidth;
        c.height = video.videoHeight;
        const t = ghostTransform(first, { width: c.width, height: c.height });
        drawThrough(c, bitmap, t, 0.4);
        bitmap.close();
        setPlaced(transformText(t));
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [video, ready, first]);
  return { canvas, placed };
}

/** The capture hint, from the face found in the live picture every {@link LOOK_EVERY_MS}. */
function useLiveHint(
  video: HTMLVideoElement | null,
  ready: boolean,
  first: LocalPhoto | undefined,
) {
  const [hint, setHint] = useState<CaptureHintCode | "looking">();
  useEffect(() => {
    if (!ready || !video || !first?.anchors) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = async () => {
      try {
        const face = await findFace(video);
        if (!live) return;
        const size = { width: video.videoWidth, height: video.videoHeight };
        setHint(face ? liveHint(first, face, size) : "looking");
      } catch {
        // The models are not ready (the progress above says why): the ghost alone still helps.
        if (live) setHint(undefined);
        return;
      }
      if (live) timer = setTimeout(look, LOOK_EVERY_MS);
    };
    look().then(
      () => {},
      () => {},
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [video, ready, first]);
  return hint;
}

/**
 * The live front camera, mirrored like a mirror, with the first photo of the series faintly over
 * it where its face was, and a hint ("A little closer") from the face found live. When the camera
 * cannot start, `onUnavailable` hears why and the screen offers picking a file instead.
 */
export function CameraCapture(props: {
  readonly first: LocalPhoto | undefined;
  readonly onCapture: (p: PreparedPhoto) => void;
  readonly onClose: () => void;
  readonly onUnavailable: (message: string) => void;
}) {
  const { video, ready } = useCamera(props.onUnavailable);
  const ghost = useGhost(video.current, ready, props.first);
  const hint = useLiveHint(video.current, ready, props.first);
  const capturing = useAction(t("progress.photos.taking"), async () => {
    const v = video.current;
    if (!v || v.videoWidth === 0) throw new Error("the camera has not started yet");
    props.onCapture(await preparePhoto(v, v.videoWidth, v.videoHeight));
  });
  const words = !props.first
    ? t("progress.photos.camera.first")
    : hint === undefined
      ? t("progress.photos.camera.line-up")
      : hint === "looking"
        ? t("progress.photos.camera.looking")
        : hintWords(hint);
  return (
    <div class="camera-capture">
      <div class="camera-capture__frame">
        <video ref={video} muted playsInline aria-label={t("progress.photos.camera.preview")} />
        {props.first ? (
          <canvas ref={ghost.canvas} class="camera-capture__ghost" data-ghost={ghost.placed} />
        ) : null}
      </div>
      <p class="camera-capture__hint" aria-live="polite" data-hint={hint ?? ""}>
        {ready ? words : t("progress.photos.camera.starting")}
      </p>
      <ProblemNotice problem={capturing.problem.value} />
      <div class="photos-actions">
        <Button
          icon={Camera}
          disabled={!ready}
          busy={capturing.busy.value}
          onClick={() => capturing.run()}
        >
          {t("progress.photos.camera.take")}
        </Button>
        <Button variant="quiet" icon={X} onClick={props.onClose}>
          {t("progress.photos.camera.close")}
        </Button>
      </div>
    </div>
  );
}
