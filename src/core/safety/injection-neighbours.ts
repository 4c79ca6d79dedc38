import type { ZoneId } from "../model/zones.ts";
import type { InjectableKind } from "./profile.ts";

type Neighbours = Readonly<Partial<Record<ZoneId, readonly ZoneId[]>>>;

/**
 * Zones next to an injected zone that are skipped with it (domain notes, section 5b, an app
 * default: sources name only "the treated area"). Botox can spread to nearby muscles, which is
 * how an eyelid or brow droops; the notes' pairs are forehead or frown lines → brows and temples,
 * crow's feet (the temples zone) → under the eyes, jaw muscle → cheeks and jaw angle, lips →
 * mouth and chin. Zones the notes do not name take their nearest neighbours.
 */
const BOTOX: Neighbours = {
  forehead: ["brows", "temples"],
  brows: ["forehead", "temples"],
  temples: ["under-eyes", "brows"],
  masseter: ["cheeks", "jaw-angle"],
  mouth: ["chin-jawline"],
  "chin-jawline": ["mouth"],
  "under-eyes": ["temples"],
  cheeks: ["under-cheekbone"],
  "under-cheekbone": ["cheeks", "masseter"],
  "nose-sides": ["cheeks"],
  "jaw-angle": ["masseter"],
  "neck-sides": ["jaw-angle"],
};

/**
 * Filler: pressing near it can move it. The notes' pairs are cheek → under the cheekbone, beside
 * the nose and under the eyes; tear trough (under the eyes) → cheeks; lips → mouth and chin; jaw →
 * jawline and jaw angle.
 */
const FILLER: Neighbours = {
  cheeks: ["under-cheekbone", "nose-sides", "under-eyes"],
  "under-eyes": ["cheeks"],
  mouth: ["chin-jawline"],
  "chin-jawline": ["jaw-angle", "mouth"],
  "jaw-angle": ["chin-jawline"],
  "under-cheekbone": ["cheeks"],
  "nose-sides": ["cheeks", "mouth"],
  temples: ["forehead", "brows"],
  forehead: ["brows", "temples"],
  brows: ["forehead"],
  masseter: ["cheeks"],
};

/** The zones skipped after an injection: the injected zone and its neighbours, in that order. */
export function injectedArea(kind: InjectableKind, zone: ZoneId): readonly ZoneId[] {
  const near = (kind === "botox" ? BOTOX : FILLER)[zone] ?? [];
  return [zone, ...near];
}
