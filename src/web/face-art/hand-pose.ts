import { MIDLINE, pointAlong } from "./curves.ts";
import type { Guide } from "./guides.ts";
import { ON_SKIN, type StepMotion, TRAVEL_ON_SKIN } from "./step-motion.ts";
import type { Half } from "./zone-art.ts";

/** One hand at one moment, on the left side's frame (a right hand is drawn mirrored). */
export interface HandPose {
  readonly half: Half;
  /** False while the other hand works (a tool on a midline zone, one half at a time). */
  readonly active: boolean;
  /** The point of contact, on the left side's frame. */
  readonly x: number;
  readonly y: number;
  /** Which way the fingers point, degrees on the left side's frame (0 right, -90 up). */
  readonly angle: number;
  /** 0 on the skin, 1 lifted clear of it. */
  readonly lift: number;
  /** How hard it presses now, 0 to 1 (a held point, a tap landing, a kneading circle). */
  readonly press: number;
  /** How closed a pinch is, 0 open to 1 closed. */
  readonly pinch: number;
  /** The guide followed, and how much of it the trail has drawn (0 to 1) and how visible it is. */
  readonly guide: number;
  readonly drawn: number;
  readonly fade: number;
}

/** The whole picture at one moment: which section and pass, and every hand. */
export interface Pose {
  readonly section: number;
  readonly pass: number;
  readonly hands: readonly HandPose[];
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
/** Slow in, slow out: a hand eases into a stroke and out of it. */
const ease = (x: number) => {
  const t = clamp01(x);
  return t * t * (3 - 2 * t);
};
const frac = (x: number) => x - Math.floor(x);
/** Rises to 1 quickly, stays, and settles at the end: a lift that clears the skin. */
const liftCurve = (g: number) => clamp01(Math.sin(Math.PI * clamp01(g)) * 1.8);

type Moving = Omit<HandPose, "half" | "active" | "guide" | "angle"> & { readonly heading: number };

const at = (g: Guide, u: number) => pointAlong(g.track, u);

/** Lifted, going back along the guide's `back` line to its start; the trail fades meanwhile. */
function returning(g: Guide, r: number): Moving {
  const e = ease(r);
  const p = pointAlong(g.back, e);
  // A tool turns back from the line's end heading to its start heading as it goes.
  const [from, to] = [at(g, 1).angle, at(g, 0).angle];
  const turn = ((((to - from) % 360) + 540) % 360) - 180;
  const heading = from + turn * e;
  return { x: p.x, y: p.y, heading, lift: liftCurve(r), press: 0, pinch: 0, drawn: 1, fade: 1 - r };
}

/** Along a guide for `share` of the pass, then lifted back; `on` shapes the part on the skin. */
function travel(
  g: Guide,
  f: number,
  share: number,
  on: (u: number) => Omit<Moving, "x" | "y" | "heading" | "drawn" | "fade">,
  easeIn: boolean,
): Moving {
  if (f >= share) return returning(g, (f - share) / (1 - share));
  const u = easeIn ? ease(f / share) : f / share;
  const p = at(g, u);
  return { x: p.x, y: p.y, heading: p.angle, drawn: u, fade: 1, ...on(u) };
}

function moving(m: StepMotion, g: Guide, f: number, pass: number): Moving {
  const still = { lift: 0, press: 0, pinch: 0 };
  switch (m.kind) {
    case "glide":
      return travel(g, f, ON_SKIN, () => still, true);
    case "loops":
      return travel(g, f, TRAVEL_ON_SKIN, () => still, false);
    case "tap":
      return travel(
        g,
        f,
        TRAVEL_ON_SKIN,
        (u) => {
          const beat = frac(u * m.cycles);
          return {
            lift: 0.5 * (1 - Math.cos(2 * Math.PI * beat)) * 0.5,
            press: 1 - beat,
            pinch: 0,
          };
        },
        false,
      );
    case "pinch":
      return travel(
        g,
        f,
        TRAVEL_ON_SKIN,
        (u) => {
          const closed = Math.sin(Math.PI * frac(u * m.cycles)) ** 2;
          return { lift: 0.12 * (1 - closed), press: 0, pinch: closed };
        },
        false,
      );
    case "circle":
    case "knead": {
      const p = at(g, f);
      const press = m.kind === "knead" ? 0.55 + 0.45 * Math.sin(2 * Math.PI * f) : 0.3;
      const fade = f < 0.8 ? 1 : 1 - ((f - 0.8) / 0.2) * 0.8;
      return { x: p.x, y: p.y, heading: p.angle, lift: 0, press, pinch: 0, drawn: f, fade };
    }
    case "hold":
      return holding(g, f, pass);
  }
}

/** Press in, hold with a gentle pulse, release, then lift over to the next point. */
function holding(g: Guide, f: number, pass: number): Moving {
  const n = g.marks.length;
  const k = pass % n;
  const here = g.marks[k] ?? [0, 0];
  const next = g.marks[(k + 1) % n] ?? here;
  const shareHere = g.markAt[k] ?? 0;
  const base = { heading: 0, pinch: 0, fade: 1 };
  if (f < 0.9) {
    const press =
      f < 0.18
        ? ease(f / 0.18)
        : f < 0.78
          ? 0.9 + 0.1 * Math.cos((4 * Math.PI * (f - 0.18)) / 0.6)
          : 1 - ease((f - 0.78) / 0.12);
    return { ...base, x: here[0], y: here[1], lift: 0, press, drawn: shareHere };
  }
  const r = (f - 0.9) / 0.1;
  const e = ease(r);
  const wraps = k + 1 >= n;
  return {
    ...base,
    x: here[0] + (next[0] - here[0]) * e,
    y: here[1] + (next[1] - here[1]) * e,
    lift: liftCurve(r),
    press: 0,
    drawn: wraps ? shareHere : shareHere + ((g.markAt[k + 1] ?? 0) - shareHere) * e,
    fade: wraps && n > 1 ? 1 - r : 1,
  };
}

/**
 * Where every hand is at `ms` into the step, and what it is doing: the pure heart of the
 * animation (the picture samples it; tests call it directly). Time past the end holds the end.
 */
export function poseAt(m: StepMotion, ms: number): Pose {
  const total = m.sections.length * m.passes;
  const index = Math.min(total - 1, Math.max(0, Math.floor(ms / m.passMs)));
  const section = Math.floor(index / m.passes);
  const pass = index % m.passes;
  const f = m.passMs > 0 ? clamp01((ms - index * m.passMs) / m.passMs) : 0;
  const s = m.sections[section] ?? { guide: 0, hands: m.hands };
  const guide = m.guides[s.guide] as Guide;
  const move = moving(m, guide, f, pass);
  const tool = m.grip === "roller" || m.grip === "stone";
  const angle = tool ? move.heading + m.toolTurn : m.reach;
  const hands = m.hands.map((half): HandPose => {
    if (s.hands.includes(half)) {
      const { heading: _, ...rest } = move;
      return { half, active: true, guide: s.guide, angle, ...rest };
    }
    // Resting off the skin at the start of its first line until its turn comes.
    const mine = m.sections.find((x) => x.hands.includes(half))?.guide ?? 0;
    const g = m.guides[mine] as Guide;
    const p = at(g, 0);
    const restAngle = tool ? p.angle + m.toolTurn : m.reach;
    return {
      half,
      active: false,
      x: p.x,
      y: p.y,
      angle: restAngle,
      lift: 1,
      press: 0,
      pinch: 0,
      guide: mine,
      drawn: 0,
      fade: 0,
    };
  });
  return { section, pass, hands };
}

/** A hand's contact point and heading in the picture: a right hand's frame mirrored. */
export function inPicture(h: HandPose): { x: number; y: number; angle: number } {
  if (h.half === "left") return { x: h.x, y: h.y, angle: h.angle };
  // Mirrored, a heading turns the other way: 180 minus it, kept between -180 and 180.
  return { x: 2 * MIDLINE - h.x, y: h.y, angle: ((((180 - h.angle) % 360) + 540) % 360) - 180 };
}
