import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../i18n/language.ts";

/** Why the camera did not start, in words that leave picking a file as the way on. */
export function cameraProblem(err: unknown): string {
  const name = err instanceof DOMException ? err.name : "";
  if (name === "NotAllowedError" || name === "SecurityError")
    return t("progress.photos.camera.not-allowed");
  if (name === "NotFoundError" || name === "OverconstrainedError")
    return t("progress.photos.camera.none");
  if (name === "NotReadableError") return t("progress.photos.camera.busy");
  return t("progress.photos.camera.failed");
}

/** True when this browser can ask for a camera at all. */
export const canUseCamera = () => typeof navigator.mediaDevices?.getUserMedia === "function";

/**
 * The front camera in a video element while the component is shown: started once, stopped when
 * it goes. `onFail` hears why it could not start (see {@link cameraProblem}).
 */
export function useCamera(onFail: (message: string) => void) {
  const video = useRef<HTMLVideoElement>(null);
  const [ready, setReady] = useState(false);
  const failed = useRef(onFail);
  failed.current = onFail;
  useEffect(() => {
    let stream: MediaStream | undefined;
    let live = true;
    const start = async () => {
      try {
        if (!canUseCamera()) throw new DOMException("no camera access", "NotFoundError");
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: "user", width: { ideal: 1280 }, height: { ideal: 960 } },
          audio: false,
        });
        if (!live || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        if (live) setReady(true);
      } catch (err) {
        if (live) failed.current(cameraProblem(err));
      }
    };
    start().then(
      () => {
        if (!live) for (const t of stream?.getTracks() ?? []) t.stop();
      },
      () => {},
    );
    return () => {
      live = false;
      for (const t of stream?.getTracks() ?? []) t.stop();
    };
  }, []);
  return { video, ready };
}
