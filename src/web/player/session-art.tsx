import { useEffect, useState } from "preact/hooks";
import type { FaceArtProps } from "../face-art/face-art.tsx";

type FaceArtModule = typeof import("../face-art/face-art.tsx");

let loading: Promise<FaceArtModule> | undefined;

/**
 * Starts downloading the animated face (its own chunk, kept out of /session's first load); the
 * player calls it while the slip-medium check is shown, so it is there by the first step.
 */
export function loadSessionArt(): Promise<FaceArtModule> {
  loading ??= import("../face-art/face-art.tsx").catch((err: unknown) => {
    loading = undefined; // the next step asks again
    throw err;
  });
  return loading;
}

/**
 * The step's animated face once its code is here; until then, or if it cannot be downloaded,
 * nothing: the step's name, side and technique in words and the caption guide alone.
 */
export function SessionArt(props: FaceArtProps) {
  const [art, setArt] = useState<FaceArtModule | null>(null);
  useEffect(() => {
    if (art) return;
    let live = true;
    loadSessionArt().then(
      (m) => {
        if (live) setArt(m);
      },
      (err: unknown) => console.warn("the face picture could not be loaded", err),
    );
    return () => {
      live = false;
    };
  }, [art, props.step]);
  return art ? <art.FaceArt {...props} /> : null;
}
