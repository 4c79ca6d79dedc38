import { useEffect, useState } from "preact/hooks";
import type { LocalPhoto } from "../../local/local-db.ts";
import { findFace } from "./find-face.ts";
import { setAnchors } from "./photo-store.ts";

/**
 * Finds the face in photos saved before faces were found (or brought back from an archive), one
 * at a time, and stores it with each, so the compare view (which calls this) can line them up.
 * Stops quietly when the models cannot be made ready (the model progress says so, with a retry)
 * and starts again when `attempt` changes.
 */
export function useLazyFaces(
  photos: readonly LocalPhoto[],
  attempt: number,
  onFound: () => void,
): boolean {
  const [finding, setFinding] = useState(false);
  const missing = photos.filter((p) => p.anchors === undefined);
  const key = missing.map((p) => p.id).join(" ");
  useEffect(() => {
    if (missing.length === 0) return;
    let live = true;
    const run = async () => {
      setFinding(true);
      try {
        for (const photo of missing) {
          const anchors = await findFace(photo.blob);
          if (!live) return;
          await setAnchors(photo.id, anchors);
        }
      } finally {
        if (live) setFinding(false);
      }
      if (live) onFound();
    };
    run().then(
      () => {},
      () => {},
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  return finding;
}
