import type { Slot } from "../model/slots.ts";
import type { RoutineStepKind } from "./product-kinds.ts";

const HOW: Readonly<Record<Exclude<RoutineStepKind, "massage">, string>> = {
  "oil-cleanser": "Massage the oil or balm over dry skin to lift makeup and sunscreen, then rinse.",
  cleanser: "Wash with lukewarm water and pat dry, leaving the skin a little damp.",
  toner: "Pat a little into the skin with your palms.",
  essence: "Press a few drops into the skin.",
  mask: "Leave the mask on for the time on its pack, then pat in what is left.",
  serum: "Press a few drops into the skin.",
  "facial-oil": "Warm two or three drops between your palms and press them in.",
  "eye-cream": "Dab a tiny amount around the eyes with the ring finger.",
  moisturizer: "Smooth it over the face and neck.",
  cream: "Smooth it over the face and neck.",
  "sleeping-mask": "Spread a thin layer as the last step of the night.",
  sunscreen: "Apply a generous layer of broad-spectrum sunscreen as the very last step.",
  "vitamin-c":
    "After the massage, wipe off what is left of the medium and let the skin dry, then press in a few drops. In the morning, sunscreen must follow.",
  "exfoliating-acid":
    "After the massage, on dry skin, on nights without your retinoid. Redness or new spots mean it is too often.",
  retinoid:
    "After the massage, wipe off what is left of the medium and wait until the skin is dry. A pea-sized amount for the whole face, clear of the eye creases and the corners of the nose and mouth.",
  "benzoyl-peroxide":
    "After the massage, never under it, as its label says. It bleaches towels and pillowcases.",
  "prescription-topical":
    "After the massage, exactly as prescribed: the amount and the areas your prescriber set. Never massage it in.",
  "essential-oil":
    "Not part of the massage. If you use it, only diluted, after a patch test, and away from the eyes.",
};

const MASSAGE_HOW: Readonly<Record<Slot, string>> = {
  am: "Massage for 3 to 5 minutes: upward and outward strokes and circles to wake the face up.",
  pm: "Massage for 5 to 10 minutes, slower and lighter, in drainage order from the collarbone.",
  weekly:
    "Massage for a few minutes longer than usual, with a roller or gua sha stone if you have one; the neck and shoulder release is part of it.",
};

/** How to do a step, in the person's words-to-read. `asMedium` marks the product that gives slip. */
export function howTo(kind: RoutineStepKind, slot: Slot, asMedium: boolean): string {
  if (kind === "massage") return MASSAGE_HOW[slot];
  const how = HOW[kind];
  return asMedium ? `${how} Keep the skin slippery: this is the glide for your massage.` : how;
}

/** How to do the massage when nothing in the routine gives slip. */
export const MASSAGE_WITHOUT_MEDIUM =
  "Put a serum, facial oil or moisturizer on first: never massage dry skin.";

/** A guide that explains a step: its slug (`/learn/guides/<slug>`) and its title. */
export interface StepGuide {
  readonly slug: string;
  readonly title: string;
}

const GUIDES: Readonly<Partial<Record<RoutineStepKind, StepGuide>>> = {
  sunscreen: { slug: "sunscreen-basics", title: "Sunscreen basics, the last step of the morning" },
};

/** The guide that explains a step, when there is one. */
export function stepGuide(kind: RoutineStepKind): StepGuide | undefined {
  return GUIDES[kind];
}
