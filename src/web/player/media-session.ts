/** The actions lock screens and headset buttons can send. */
export interface MediaActions {
  readonly play: () => void;
  readonly pause: () => void;
  readonly next: () => void;
  readonly previous: () => void;
}

/** Registers play/pause/next/previous handlers with the Media Session, when the browser has one. */
export function bindMediaSession(actions: MediaActions): () => void {
  const ms = navigator.mediaSession;
  if (!ms) return () => {};
  const pairs: [MediaSessionAction, () => void][] = [
    ["play", actions.play],
    ["pause", actions.pause],
    ["nexttrack", actions.next],
    ["previoustrack", actions.previous],
  ];
  for (const [action, fn] of pairs) {
    try {
      ms.setActionHandler(action, fn);
    } catch {
      // This browser does not know the action; the others still work.
    }
  }
  return () => {
    for (const [action] of pairs) {
      try {
        ms.setActionHandler(action, null);
      } catch {}
    }
    ms.metadata = null;
  };
}

/** Shows what is playing on the lock screen: the step as title, the session as album. */
export function showNowPlaying(title: string, session: string, playing: boolean): void {
  const ms = navigator.mediaSession;
  if (!ms || typeof MediaMetadata === "undefined") return;
  ms.metadata = new MediaMetadata({ title, artist: "Nura", album: session });
  ms.playbackState = playing ? "playing" : "paused";
}
