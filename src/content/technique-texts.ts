import type { ClaimId } from "../core/evidence/claims.ts";
import { PER_LINE, type TechniqueId } from "../core/model/techniques.ts";

/** A benefit a technique page names, tied to the catalog claim whose grade it shows. */
export interface TechniqueBenefit {
  readonly claim: ClaimId;
  readonly text: string;
}

/**
 * The teaching text of a technique page, in our words; numbers come from the core model. A step
 * may hold `{lines}`, which the page fills with the cheek's lines in the page's language.
 */
export interface TechniqueText {
  /** What the movement is for, in one or two sentences, with no benefit claimed. */
  readonly purpose: string;
  readonly benefits: readonly TechniqueBenefit[];
  readonly steps: readonly string[];
  readonly avoid: readonly string[];
}

const ROLLER = PER_LINE.roller;
const GUA_SHA = PER_LINE["gua-sha"];

/** Every technique's page text. Benefit sentences are held to the guides' claims rule (tested). */
export const TECHNIQUE_TEXTS: Readonly<Record<TechniqueId, TechniqueText>> = {
  strokes: {
    purpose:
      "The basic movement of the face: long, slow sweeps that follow the way lymph leaves it, from the middle out toward the ears and down the neck.",
    benefits: [
      {
        claim: "circulation",
        text: "Skin blood flow rises for a few minutes after massage, then settles.",
      },
      {
        claim: "puffiness",
        text: "Outward sweeps may help a puffy morning face; this is untested.",
      },
    ],
    steps: [
      "Put a few drops of serum or oil on the skin first.",
      "Lay two or three fingers flat at the start of the zone, near the middle of the face.",
      "Sweep slowly in the zone's direction, about one stroke a second.",
      "Lift at the end and go back to the start without dragging.",
    ],
    avoid: [
      "Dry skin: stop and add a slip medium.",
      "Stroking the neck upward: on the neck, strokes go down.",
      "Inflamed or breaking-out areas.",
    ],
  },
  "small-circles": {
    purpose:
      "Small, slow circles with the fingertips that travel along a zone, for the small areas strokes miss: temples, beside the nose, the jaw muscle.",
    benefits: [
      {
        claim: "stress",
        text: "Slow circles at the temples may feel calming; a small study saw less anxiety after facial massage.",
      },
    ],
    steps: [
      "Place the pads of two fingers on the zone.",
      "Draw small circles the size of a coin, about one a second.",
      "Let the circles drift slowly in the zone's direction.",
    ],
    avoid: [
      "Pressing hard under the eyes: use the ring finger and almost no pressure.",
      "Circling over a breakout or a cold sore.",
    ],
  },
  "stationary-circles": {
    purpose:
      "Circles that stay in one place and move the skin rather than sliding over it. They open and close a drainage session at the collarbone and in front of the ear.",
    benefits: [
      {
        claim: "puffiness",
        text: "Part of the drainage order that may help swelling; some trials after surgery saw it go down faster, everyday puffiness is untested.",
      },
    ],
    steps: [
      "Rest flat fingers on the spot, for example the hollow above the collarbone.",
      "Move the skin in a slow circle without letting the fingers slide.",
      "Finish each circle down and in, 5 to 10 circles, about two seconds each.",
    ],
    avoid: [
      "Pressing into the tissue: this is a skin stretch, the lightest level.",
      "The pulse and the throat.",
    ],
  },
  pinch: {
    purpose: "Tiny, quick pinches along the brow bone, for a part of the face that holds a frown.",
    benefits: [
      {
        claim: "stress",
        text: "Working tension spots can feel relaxing; the evidence for calm is a small study.",
      },
    ],
    steps: [
      "Hold the brow lightly between thumb and index finger at its inner end.",
      "Pinch gently and release, about once a second.",
      "Move outward along the brow to its outer end.",
    ],
    avoid: [
      "Tugging or twisting the skin.",
      "Areas injected with Botox in the last two weeks.",
      "Rosacea or sensitive skin: skip pinching.",
    ],
  },
  tap: {
    purpose:
      "Light, quick tapping with the fingertips, like rain, for thin skin where sliding would pull: under the eyes and on the forehead.",
    benefits: [
      {
        claim: "puffiness",
        text: "Gentle tapping under the eyes may help a puffy look; nobody has tested it.",
      },
    ],
    steps: [
      "Use the ring fingers, the lightest touch you have.",
      "Tap quickly and softly from the inner corner of the eye out toward the temple.",
      "Keep the hands relaxed; the taps should make no sound.",
    ],
    avoid: [
      "Pressing: under the eyes the skin is about 0.2 mm thin.",
      "Eye infections.",
      "Rosacea or sensitive skin: skip tapping.",
    ],
  },
  "pressure-points": {
    purpose:
      "Press one spot, hold it for a few breaths, release and move on: under the cheekbones, between the brows, at the temples.",
    benefits: [
      {
        claim: "stress",
        text: "Holding points at the temples and brows may feel calming; the evidence is a small study.",
      },
    ],
    steps: [
      "Find the spot with a fingertip, for example just under the cheekbone.",
      "Press steadily, hold for about five seconds while breathing out.",
      "Release slowly and move to the next point along the zone.",
    ],
    avoid: ["Sharp pain: firm is never painful.", "The front and sides of the neck."],
  },
  kneading: {
    purpose:
      "Slow, deep circles that work a muscle, one side at a time: the jaw muscle and the shoulders.",
    benefits: [
      {
        claim: "stress",
        text: "Easing a clenched jaw can feel relaxing; a small study saw less anxiety after facial massage.",
      },
    ],
    steps: [
      "Find the jaw muscle: clench gently and feel it bulge in front of the ear, then relax.",
      "Press with two or three fingers and make slow, firm circles.",
      "Work from the cheekbone down to the jaw for 30 to 60 seconds a side.",
    ],
    avoid: [
      "Pain in the jaw joint: see a clinician rather than pressing harder.",
      "Kneading the neck.",
    ],
  },
  roller: {
    purpose:
      "A facial roller glides outward over the cheeks, forehead and neck, lifted to return. It is the tool most studies used.",
    benefits: [
      {
        claim: "circulation",
        text: "In a small study a roller raised cheek blood flow by about a quarter for at least ten minutes.",
      },
      {
        claim: "collagen",
        text: "One roller study saw slightly more elastic skin after eight weeks, with no untreated group, so it may not be the roller.",
      },
    ],
    steps: [
      "Apply serum or oil so the roller glides.",
      "Rest the roller on the skin under its own weight.",
      "Roll outward in one direction, lift it off and return to the start.",
      `Work line by line: ${ROLLER.min} to ${ROLLER.max} passes along one line, then the next. A cheek has three lines: {lines}.`,
      "On the forehead, three lines on each half, from the hairline down to the brow; on the neck, two lines, rolling downward.",
    ],
    avoid: [
      "Rolling back and forth.",
      "Pressure under the eyes: only a small roller, barely touching.",
      "Acne or rosacea flares, sunburn and broken skin.",
    ],
  },
  "gua-sha": {
    purpose:
      "A smooth stone held nearly flat glides one way over the cheeks, forehead and jawline, a few strokes along each line.",
    benefits: [
      {
        claim: "circulation",
        text: "Gua sha raised surface blood flow for several minutes in a small study on the back.",
      },
    ],
    steps: [
      "Apply oil or serum for glide.",
      "Hold the stone almost flat, at about 15 degrees to the skin.",
      `Glide it outward in one direction and lift: ${GUA_SHA.min} to ${GUA_SHA.max} strokes along one line, then the next (three lines on a cheek, two along the jaw).`,
      "Keep it lightest on the jawline, which bruises easily.",
    ],
    avoid: [
      "Under the eyes and on the neck: never.",
      "Red spots or lasting redness: face gua sha should never leave marks.",
      "Blood thinners or a bleeding disorder: no gua sha.",
    ],
  },
};
