import type { HandPose } from "./hand-pose.ts";
import type { MotionKind } from "./motion-kinds.ts";
import type { StepMotion } from "./step-motion.ts";

/**
 * The CSS values the animation gives each part of a hand at a pose: the one place a pose becomes
 * a picture, for the still drawing and every keyframe alike.
 */

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

/** CSS property values of one part at one moment. */
export type Values = Readonly<Record<string, string | number>>;

/**
 * The values of one hand's parts at one pose, handed to `put` by part name: the hand itself, its
 * contact shadow, its pressure ring and pinching thumb where the movement has them, and the
 * trail of the guide it follows.
 */
export function handValues(
  m: StepMotion,
  i: number,
  h: HandPose,
  put: (name: string, v: Values) => void,
): void {
  put(part.hand(i), {
    transform: handTransform(h),
    opacity: h.active ? r2(1 - 0.12 * h.lift) : 0,
  });
  put(part.shadow(i), { opacity: r2(0.32 * (1 - h.lift)) });
  if (m.kind === "hold" || m.kind === "tap" || m.kind === "knead") {
    put(part.ring(i), {
      transform: `scale(${ringScale(m.kind, h.press)})`,
      opacity: r2(0.8 * h.press * (1 - h.lift)),
    });
  }
  if (m.grip === "pinch") put(part.thumb(i), { transform: thumbTransform(h.pinch) });
  put(part.trail(i, h.guide), { strokeDashoffset: r2(1 - h.drawn), opacity: r2(h.fade) });
}
