import { type Signal, signal } from "@preact/signals";
import { type Backend, chooseBackend } from "./backend-choice.ts";
import { type Detector, loadDetector } from "./landmark-detector.ts";
import { type DownloadProgress, downloadModels, wasmChoice } from "./model-download.ts";
import type { ModelSet } from "./model-files.ts";

/** Where getting a detector ready has come. */
export type DetectorState =
  | { readonly phase: "idle" }
  | { readonly phase: "downloading"; readonly progress: DownloadProgress }
  | { readonly phase: "starting" }
  | { readonly phase: "ready" }
  | { readonly phase: "failed"; readonly message: string };

interface Slot {
  readonly state: Signal<DetectorState>;
  pending: Promise<Detector> | undefined;
}

/** How a detector is made: the download and the worker, replaceable in tests. */
export interface DetectorSource {
  readonly backend: () => Backend;
  readonly download: typeof downloadModels;
  readonly start: (set: ModelSet, backend: Backend) => Promise<Detector>;
}

const defaultSource: DetectorSource = {
  backend: () => chooseBackend(),
  download: downloadModels,
  start: loadDetector,
};

/**
 * The page's detectors, one a model set, each made once (download with progress, then the
 * worker) and shared by whoever asks: the photo screens and the coach. A failed attempt is
 * forgotten, so asking again retries.
 */
export function detectorLoader(source: DetectorSource = defaultSource) {
  const slots = new Map<ModelSet, Slot>();
  const slot = (set: ModelSet): Slot => {
    let s = slots.get(set);
    if (!s) {
      s = { state: signal<DetectorState>({ phase: "idle" }), pending: undefined };
      slots.set(set, s);
    }
    return s;
  };
  return {
    /** The state of a set's detector, for a progress bar. */
    state(set: ModelSet): Signal<DetectorState> {
      return slot(set).state;
    },
    /** The detector of a set, downloading and starting it the first time. */
    get(set: ModelSet): Promise<Detector> {
      const s = slot(set);
      s.pending ??= (async () => {
        try {
          const backend = source.backend();
          s.state.value = { phase: "downloading", progress: { loaded: 0, total: 0 } };
          await source.download(set, wasmChoice(backend), (progress) => {
            s.state.value = { phase: "downloading", progress };
          });
          s.state.value = { phase: "starting" };
          const detector = await source.start(set, backend);
          s.state.value = { phase: "ready" };
          return detector;
        } catch (err) {
          s.pending = undefined;
          s.state.value = { phase: "failed", message: err instanceof Error ? err.message : "" };
          throw err;
        }
      })();
      return s.pending;
    },
    /** Ends a set's detector (its worker and the memory its models hold) until asked again. */
    release(set: ModelSet): void {
      const s = slot(set);
      const pending = s.pending;
      s.pending = undefined;
      s.state.value = { phase: "idle" };
      pending?.then(
        (d) => d.close(),
        () => {},
      );
    },
  };
}

/** The detectors of this page. */
export const detectors = detectorLoader();
