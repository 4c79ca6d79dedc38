import type { Backend } from "./backend-choice.ts";
import type { Landmarks } from "./landmark-mapping.ts";
import type { ModelSet } from "./model-files.ts";

/** What the page asks the detector worker. */
export type DetectorRequest =
  | { readonly kind: "load"; readonly set: ModelSet; readonly backend: Backend }
  | { readonly kind: "detect"; readonly id: number; readonly picture: ImageBitmap };

/** What the worker answers. */
export type DetectorReply =
  | { readonly kind: "loaded" }
  | { readonly kind: "found"; readonly id: number; readonly landmarks: Landmarks }
  | { readonly kind: "failed"; readonly id?: number; readonly message: string };
