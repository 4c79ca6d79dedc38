import { useEffect, useRef, useState } from "preact/hooks";
import { ProblemNotice } from "../../common/problem-notice.tsx";
import { useAction } from "../../common/use-action.ts";
import { type PreparedPhoto, preparePhoto } from "./prepare-photo.ts";
import { useObjectUrl } from "./use-object-url.ts";

/**
 * A live camera view with the first photo laid over it, half transparent, so the face can be
 * lined up the same way each time. The stream stays in the page and stops when closed.
 */
export function CameraCapture({
  ghost,
  onCapture,
  onClose,
}: {
  ghost: Blob | undefined;
  onCapture: (p: PreparedPhoto) => void;
  onClose: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState("");
  const ghostUrl = useObjectUrl(ghost);
  useEffect(() => {
    let stream: MediaStream | undefined;
    let live = true;
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: "user" }, audio: false })
      .then((s) => {
        stream = s;
        if (!live) {
          for (const t of s.getTracks()) t.stop();
          return;
        }
        if (video.current) {
          video.current.srcObject = s;
          video.current
            .play()
            .catch(() =>
              setError("The camera preview did not start. Close the camera and try again."),
            );
        }
      })
      .catch(() => setError("The camera is not available. You can choose a picture file instead."));
    if (!navigator.mediaDevices)
      setError("This browser has no camera access. Choose a picture file instead.");
    return () => {
      live = false;
      for (const t of stream?.getTracks() ?? []) t.stop();
    };
  }, []);
  const capturing = useAction("take the photo", async () => {
    const v = video.current;
    if (!v || v.videoWidth === 0) return setError("The camera has not started yet.");
    onCapture(await preparePhoto(v, v.videoWidth, v.videoHeight));
  });
  return (
    <div class="camera">
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <ProblemNotice problem={capturing.problem.value} />
      <div class="photo-frame">
        <video ref={video} muted playsInline aria-label="Camera preview" />
        {ghostUrl ? <img class="ghost" src={ghostUrl} alt="" aria-hidden="true" /> : null}
      </div>
      {ghostUrl ? <p class="muted">Line your face up with the faint first photo.</p> : null}
      <div class="actions">
        <button type="button" disabled={capturing.busy.value} onClick={() => capturing.run()}>
          Take photo
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          Close camera
        </button>
      </div>
    </div>
  );
}
