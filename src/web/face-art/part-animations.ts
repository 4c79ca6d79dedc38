import { poseAt } from "./hand-pose.ts";
import { handValues, part, type Values } from "./keyframes.ts";
import type { StepMotion } from "./step-motion.ts";

/** One keyframe for the Web Animations API: CSS property values at an offset from 0 to 1. */
export type Frame = { readonly offset: number } & Values;

/**
 * One Web Animation of one part: `frames` over one cycle of `duration`, repeated `iterations`
 * times from `delay` after the step starts. A hand gets one per section, made later the later
 * the section, so the running one is on top and an ended one holds its last frame beneath.
 */
export interface PartAnimation {
  readonly part: string;
  readonly delay: number;
  readonly duration: number;
  readonly iterations: number;
  /** `forwards` for a hand, which keeps its place; `none` for a trail, hidden outside its section. */
  readonly fill: "forwards" | "none";
  readonly frames: readonly Frame[];
}

/** Samples a second: enough for a circle a second to read as round (the browser eases between). */
const RATE = 30;
/** The last sample is taken this much before a cycle's end, still inside its last pass. */
const END = 1e-3;

const same = (a: Frame, b: Frame) => {
  for (const k in a) if (k !== "offset" && a[k] !== b[k]) return false;
  return true;
};

/** Drops frames that only repeat both neighbours: a part at rest needs two, not dozens. */
function compact(frames: readonly Frame[]): readonly Frame[] {
  return frames.filter((f, i) => {
    const [before, after] = [frames[i - 1], frames[i + 1]];
    return before === undefined || after === undefined || !(same(before, f) && same(f, after));
  });
}

/** Keeps a hand's turn continuous, so an angle passing ±180° does not spin the hand round. */
function unwrap(previous: number | undefined, angle: number): number {
  if (previous === undefined) return angle;
  let a = angle;
  while (a - previous > 180) a -= 360;
  while (a - previous < -180) a += 360;
  return a;
}

/**
 * Every animation of the step's parts, sampled from {@link poseAt} (so the picture moves exactly
 * as the pure function says). Passes within a section are alike, so one cycle is sampled and
 * repeated: one pass, or for held points one round of the points. A hand resting while the
 * other works gets a still, hidden frame for those sections.
 */
export function stepAnimations(m: StepMotion): readonly PartAnimation[] {
  const cycle = m.kind === "hold" ? Math.min(m.passes, m.guides[0]?.marks.length ?? 1) : 1;
  const duration = cycle * m.passMs;
  const samples = Math.max(2, Math.ceil((duration / 1000) * RATE) + 1);
  const out: PartAnimation[] = [];
  m.sections.forEach((section, s) => {
    const start = s * m.passes * m.passMs;
    const lists = new Map<string, Frame[]>();
    const angles: (number | undefined)[] = m.hands.map(() => undefined);
    for (let k = 0; k < samples; k++) {
      const offset = k / (samples - 1);
      const pose = poseAt(m, start + Math.min(offset * duration, duration - END));
      pose.hands.forEach((h, i) => {
        if (!h.active) return;
        const angle = unwrap(angles[i], h.angle);
        angles[i] = angle;
        handValues(m, i, { ...h, angle }, (name, v) => {
          const list = lists.get(name) ?? [];
          list.push({ offset, ...v });
          lists.set(name, list);
        });
      });
    }
    const timing = { delay: start, duration, iterations: m.passes / cycle };
    for (const [name, frames] of lists) {
      const fill = name.startsWith("trail") ? "none" : "forwards";
      out.push({ part: name, ...timing, fill, frames: compact(frames) });
    }
    m.hands.forEach((half, i) => {
      if (section.hands.includes(half)) return;
      const hidden = { opacity: 0 };
      out.push({
        part: part.hand(i),
        ...timing,
        fill: "forwards",
        frames: [
          { offset: 0, ...hidden },
          { offset: 1, ...hidden },
        ],
      });
    });
  });
  return out;
}
