import type { ModelSet } from "../model-files.ts";

/** The coach follows the face and the hands. */
export const COACH_MODELS: ModelSet = "face-and-hands";
