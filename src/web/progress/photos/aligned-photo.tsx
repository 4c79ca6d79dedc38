import { useEffect, useRef } from "preact/hooks";
import type { Size } from "../../../core/camera/photo-alignment.ts";
import type { Similarity } from "../../../core/camera/similarity.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import { drawThrough, transformText } from "./ghost.ts";

/**
 * A photo drawn through its alignment into a frame the size of the series' reference photo, so
 * two of them show the same face at the same size, place and angle. The transform is also on
 * the element (`data-align`: scale, degrees, shift x, shift y) for tests.
 */
export function AlignedPhoto(props: {
  readonly photo: LocalPhoto;
  readonly transform: Similarity;
  readonly frame: Size;
  readonly label: string;
  readonly class?: string;
  readonly style?: Record<string, string>;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { photo, transform, frame } = props;
  const placed = transformText(transform);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    let live = true;
    createImageBitmap(photo.blob).then(
      (bitmap) => {
        if (live) drawThrough(c, bitmap, transform);
        bitmap.close();
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [photo, placed]);
  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={props.label}
      class={props.class}
      style={props.style}
      width={frame.width}
      height={frame.height}
      data-align={placed}
      data-photo={photo.id}
    />
  );
}
