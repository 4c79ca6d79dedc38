import { type HandPose, poseAt } from "./hand-pose.ts";
import type { MotionKind } from "./motion-kinds.ts";
import type { StepMotion } from "./step-motion.ts";

/** One keyframe for the Web Animations API: CSS property values at an offset from 0 to 1. */
export type Frame = { readonly offset: number } & Readonly<Record<string, string | number>>;

/** Samples a second: enough for a circle a second to read as round. */
const RATE = 30;

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The moving hand: where it touches, its turn, and a little larger while lifted (nearer the eye). */
export function handTransform(p: Pick<HandPose, "x" | "y" | "angle" | "lift">): string {
  return `translate(${r2(p.x)}px, ${r2(p.y)}px) rotate(${r2(p.angle + 90)}deg) scale(${r2(1 + 0.08 * p.lift)})`;
}

/** The ring at the fingertip: a held point swells with the pressure; a tap's ring spreads as it fades. */
export function ringScale(kind: MotionKind, press: number): number {
  return r2(kind === "tap" ? 1.7 - 0.9 * press : 0.7 + 0.5 * press);
}

/** The pinching thumb's offset from closed: open is down and away from the finger. */
export function thumbTransform(pinch: number): string {
  const open = 1 - pinch;
  return `translate(${r2(4.5 * open)}px, ${r2(2.5 * open)}px)`;
}

/** The names of the animated parts, as the picture marks them with `data-fa`. */
export const part = {
  hand: (i: number) => `hand-${i}`,
  shadow: (i: number) => `shadow-${i}`,
  ring: (i: number) => `ring-${i}`,
  thumb: (i: number) => `thumb-${i}`,
  trail: (i: number, guide: number) => `trail-${i}-${guide}`,
};

/** The values of every animated part at one pose. */
function values(
  m: StepMotion,
  hands: readonly HandPose[],
): Map<string, Record<string, string | number>> {
  const out = new Map<string, Record<string, string | number>>();
  hands.forEach((h, i) => {
    out.set(part.hand(i), {
      transform: handTransform(h),
      opacity: h.active ? r2(1 - 0.12 * h.lift) : 0,
    });
    out.set(part.shadow(i), { opacity: r2(0.32 * (1 - h.lift)) });
    if (m.kind === "hold" || m.kind === "tap" || m.kind === "knead") {
      out.set(part.ring(i), {
        transform: `scale(${ringScale(m.kind, h.press)})`,
        opacity: r2(0.8 * h.press * (1 - h.lift)),
      });
    }
    if (m.grip === "pinch") out.set(part.thumb(i), { transform: thumbTransform(h.pinch) });
    m.guides.forEach((_, g) => {
      const on = h.active && h.guide === g;
      out.set(part.trail(i, g), {
        strokeDashoffset: on ? r2(1 - h.drawn) : 1,
        opacity: on ? r2(h.fade) : 0,
      });
    });
  });
  return out;
}

/** Keeps a hand's turn continuous, so an angle passing ±180° does not spin the hand round. */
function unwrap(previous: number | undefined, angle: number): number {
  if (previous === undefined) return angle;
  let a = angle;
  while (a - previous > 180) a -= 360;
  while (a - previous < -180) a += 360;
  return a;
}

const same = (a: Frame | undefined, b: Frame | undefined) => {
  if (a === undefined || b === undefined) return false;
  for (const k of Object.keys(a)) if (k !== "offset" && a[k] !== b[k]) return false;
  return true;
};

/** Drops frames that only repeat their neighbours: a part that rests needs two, not hundreds. */
function compact(frames: readonly Frame[]): readonly Frame[] {
  return frames.filter(
    (f, i) =>
      i === 0 || i === frames.length - 1 || !(same(frames[i - 1], f) && same(f, frames[i + 1])),
  );
}

/**
 * Every animated part's keyframes over the whole step, sampled from {@link poseAt} (so the
 * animation is exactly the pure function), keyed by the part's `data-fa` name.
 */
export function stepKeyframes(m: StepMotion): ReadonlyMap<string, readonly Frame[]> {
  const count = Math.max(2, Math.ceil((m.durationMs / 1000) * RATE) + 1);
  const frames = new Map<string, Frame[]>();
  const angles: (number | undefined)[] = m.hands.map(() => undefined);
  for (let k = 0; k < count; k++) {
    const offset = k / (count - 1);
    const pose = poseAt(m, offset * m.durationMs);
    const hands = pose.hands.map((h, i) => {
      const angle = unwrap(angles[i], h.angle);
      angles[i] = angle;
      return { ...h, angle };
    });
    for (const [name, v] of values(m, hands)) {
      const list = frames.get(name) ?? [];
      list.push({ offset, ...v });
      frames.set(name, list);
    }
  }
  return new Map([...frames].map(([name, list]) => [name, compact(list)]));
}
