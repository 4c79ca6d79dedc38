import type { ComponentChildren } from "preact";

/**
 * How the hand is drawn: flat fingers, two fingertips, the ring finger alone (under the eyes),
 * thumb and finger pinching, or holding a roller or a gua sha stone.
 */
export type Grip = "flat" | "tips" | "ring" | "pinch" | "roller" | "stone";

/** A finger, a thumb or a knuckle row: a round-ended stroke of width `w`. */
interface Bar {
  readonly d: string;
  readonly w: number;
}

/** A hand's outline: drawn once in the line colour a little wider, then in skin on top, so overlapping parts read as one shape. */
interface Shape {
  readonly bars: readonly Bar[];
  readonly fills: readonly string[];
  /** Nails on the fingertips seen from the back: centre and finger width. */
  readonly nails?: readonly (readonly [x: number, y: number, w: number])[];
}

const bar = (x1: number, y1: number, x2: number, y2: number, w: number): Bar => ({
  d: `M${x1} ${y1}L${x2} ${y2}`,
  w,
});

const PALM =
  "M-15.5 30C-8 26.5 5 26.5 11.5 28.5C14.5 38 14 51 10 60C4 63-5 63-10 60C-15 50-17 39-15.5 30Z";

/**
 * The four fingers of a left hand seen from the back, pointing up (-y), the middle fingertip at
 * the origin; a finger not `extended` is bent out of the way.
 */
const FINGERS = [
  { x: 7, tip: 3.4, w: 6.4 },
  { x: 0, tip: 3.3, w: 6.6 },
  { x: -6.8, tip: 4.8, w: 6.3 },
  { x: -12.6, tip: 11.4, w: 5.4 },
] as const;

type Four = readonly [boolean, boolean, boolean, boolean];

function fingers(extended: Four): Shape {
  return {
    bars: FINGERS.map((f, i) =>
      bar(f.x * 1.06, extended[i] ? f.tip : f.tip + 15, f.x * 0.9, 32, f.w),
    ),
    fills: [PALM],
    nails: FINGERS.filter((_, i) => extended[i]).map(
      (f) => [f.x * 1.06, f.tip + 1.6, f.w] as const,
    ),
  };
}

const THUMB: Shape = { bars: [{ d: "M8.5 50C11.5 47 13.5 43.5 14.5 38.5", w: 6.4 }], fills: [] };

const HANDS: Readonly<Record<"flat" | "tips" | "ring", Shape>> = {
  flat: fingers([true, true, true, true]),
  tips: fingers([true, true, false, false]),
  // The ring finger alone reaches the skin (the thinnest skin wants the lightest finger).
  ring: fingers([false, false, true, false]),
};

/** Index finger bent toward the thumb for a pinch, its tip just left of the contact point. */
const PINCH_HAND: Shape = {
  bars: [
    { d: "M-2.5 0.5C-6 8-4.5 20 4 30", w: 6.4 },
    bar(-3.5, 20, -3.5, 33, 6.6),
    bar(-9.5, 22, -9.5, 34, 6.3),
    bar(-14.5, 25, -14.5, 35, 5.4),
  ],
  fills: ["M-18 33C-10 29.5 5 29 12 31C15 40 14 53 10 62C4 65-5 65-10 62C-15 53-19 42-18 33Z"],
  nails: [[-3.4, 2.8, 6.4]],
};
/** The thumb of a pinch, its tip just right of the contact point when closed. */
const PINCH_THUMB: Shape = { bars: [{ d: "M11 50C12 37 8.5 15 3 1.5", w: 7 }], fills: [] };

/**
 * A hand closed round a handle that runs along the x axis through the origin (the tool's head
 * toward -x), seen from the back: curled fingers over the handle, the thumb along it, the wrist
 * toward +y, as a hammer is held.
 */
const FIST: Shape = {
  bars: [
    bar(-9.5, -7.5, -9.5, 2, 5.4),
    bar(-3.5, -8.5, -3.5, 2.5, 5.8),
    bar(2.5, -8.5, 2.5, 2.5, 5.8),
    bar(8.5, -7.5, 8.5, 2, 5.6),
  ],
  fills: ["M-12 -1C-12 -8 11 -8 12.5 -2L13 20C8 26-8 26-12 20Z"],
};
const FIST_THUMB: Shape = { bars: [{ d: "M10 9C4 6.5-2 5.5-9 4.5", w: 6 }], fills: [] };

/** A soft robe sleeve from the wrist, fading out: the hands come from a person, not from nowhere. */
const SLEEVE = "M-12.5 58C-12.5 55 12.5 55 12.5 58L16.5 102L-16.5 102Z";
const SLEEVE_EDGES = "M-12.5 58C-12.5 55 12.5 55 12.5 58M-12.5 58L-16.5 102M12.5 58L16.5 102";
const CUFF = "M-12.8 63C-4 66.5 4 66.5 12.8 63";

function Outlined(props: { shape: Shape }) {
  const { bars, fills } = props.shape;
  return (
    <g>
      {fills.map((d) => (
        <path key={`o${d}`} d={d} class="fa-hand-edge" />
      ))}
      {bars.map((b) => (
        <path key={`o${b.d}`} d={b.d} class="fa-hand-edge-bar" stroke-width={b.w + 2.2} />
      ))}
      {fills.map((d) => (
        <path key={`f${d}`} d={d} class="fa-hand-fill" />
      ))}
      {bars.map((b) => (
        <path key={`f${b.d}`} d={b.d} class="fa-hand-bar" stroke-width={b.w} />
      ))}
      {(props.shape.nails ?? []).map(([x, y, w]) => (
        <ellipse key={`n${x}`} cx={x} cy={y} rx={w * 0.27} ry={w * 0.36} class="fa-nail" />
      ))}
    </g>
  );
}

/** The sleeve from the wrist (its gradients are the picture's, in the hand's own frame); `at` moves it up to a wrist nearer the fingers (a fist). */
function Forearm(props: { ids: string; at?: number }) {
  return (
    <g transform={props.at === undefined ? undefined : `translate(0 ${props.at - 56})`}>
      <path d={SLEEVE} fill={`url(#${props.ids}-arm)`} />
      <path d={SLEEVE_EDGES} stroke={`url(#${props.ids}-arm-edge)`} class="fa-arm-edge" />
      <path d={CUFF} stroke={`url(#${props.ids}-arm-edge)`} class="fa-arm-edge" />
    </g>
  );
}

/** Lines between the fingers of a flat hand. */
const FLAT_CREASES = "M3.4 14L3.2 30M-3.4 14L-3.2 30M-9.7 18L-9.5 30";

/**
 * A facial roller: its handle along +y from the roller at the origin to the hand, the roller
 * turned `turn` degrees from square to the handle (the handle tilts toward the eye, which
 * a flat drawing shows as a slant), its frame joining the two.
 */
function Roller(props: { turn: number }) {
  const a = (props.turn * Math.PI) / 180;
  const [ex, ey] = [13 * Math.cos(a), 13 * Math.sin(a)];
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const arm = (sx: number, sy: number) =>
    `M${r1(sx)} ${r1(sy)}C${r1(sx * 0.9)} ${r1(sy + 8)} ${r1(sx * 0.3)} 12 0 16`;
  return (
    <g>
      <path d={`${arm(-ex, -ey)}${arm(ex, ey)}`} class="fa-metal" />
      <path d="M0 16L0 30" class="fa-handle" />
      <g transform={`rotate(${r1(props.turn)})`}>
        <rect x="-14" y="-4.8" width="28" height="9.6" rx="4.4" class="fa-stone" />
        <path d="M-10.5 -1.9L10.5 -1.9" class="fa-stone-glint" />
      </g>
    </g>
  );
}

/** A gua sha stone lying almost flat, centred on the line it glides along (the x axis), its long edge leading toward -y. */
function Stone() {
  return (
    <g transform="translate(0 -11)">
      <path
        d="M-20 0C-8 4 8 4 20 0C25 6 22 18 12 24C6 27-6 27-12 24C-22 18-25 6-20 0Z"
        class="fa-stone"
      />
      <path d="M-15 3.5C-5 6.5 5 6.5 15 3.5" class="fa-stone-glint" />
    </g>
  );
}

/** A vertical fade in the hand's own frame, from `from` (full) to `to` (clear). */
function Fade(props: { id: string; stop: string; from: number; to: number }) {
  return (
    <linearGradient
      id={props.id}
      gradientUnits="userSpaceOnUse"
      x1="0"
      y1={props.from}
      x2="0"
      y2={props.to}
    >
      <stop offset="0" class={props.stop} />
      <stop offset="1" class={props.stop} stop-opacity="0" />
    </linearGradient>
  );
}

/** The gradients the sleeves fade with, once per picture (`ids` prefixes their ids). */
export function HandDefs(props: { ids: string }) {
  return (
    <>
      <Fade id={`${props.ids}-arm`} stop="fa-stop-sleeve" from={66} to={100} />
      <Fade id={`${props.ids}-arm-edge`} stop="fa-stop-sleeve-line" from={62} to={98} />
    </>
  );
}

/** Props of {@link HandArt}. */
export interface HandArtProps {
  readonly grip: Grip;
  /** Gradient id prefix of the picture's {@link HandDefs}. */
  readonly ids: string;
  /** Which way a tool travels, degrees in the hand's frame (the fingers point at -90). */
  readonly travel?: number;
  /** Which side of a roller's handle the forearm leaves from: 90 toward -x, -90 toward +x. */
  readonly arm?: number;
  /** The turn at a roller hand's wrist, degrees. */
  readonly wrist?: number;
  /** Wraps the thumb of a pinch, so it can be animated on its own. */
  readonly thumb?: (child: ComponentChildren) => ComponentChildren;
}

/** A left hand in its own frame: the point of contact at the origin, the fingers toward -y. */
export function HandArt(props: HandArtProps) {
  const travel = props.travel ?? -90;
  switch (props.grip) {
    case "pinch":
      return (
        <g>
          <Forearm ids={props.ids} />
          <Outlined shape={PINCH_HAND} />
          {(props.thumb ?? ((c) => c))(<Outlined shape={PINCH_THUMB} />)}
        </g>
      );
    case "roller":
      // The roller lies across its way of travel; the hand holds the handle's end.
      return (
        <g>
          <Roller turn={travel - 90} />
          <g
            transform={`translate(0 26) ${(props.arm ?? 90) > 0 ? "rotate(90)" : "rotate(-90) scale(-1 1)"}`}
          >
            <g transform={`rotate(${Math.round(props.wrist ?? 0)} 0 20)`}>
              <Forearm ids={props.ids} at={18} />
            </g>
            <Outlined shape={FIST} />
            <Outlined shape={FIST_THUMB} />
          </g>
        </g>
      );
    case "stone": {
      // The stone's body lies on the hand's side of the line it glides along.
      const flip = Math.cos((travel * Math.PI) / 180) < 0 ? " scale(1 -1)" : "";
      return (
        <g>
          <g transform={`rotate(${travel})${flip}`}>
            <Stone />
          </g>
          <g transform="translate(0 -2)">
            <Forearm ids={props.ids} />
            <Outlined shape={HANDS.flat} />
            <path d={FLAT_CREASES} class="fa-hand-crease" />
            <Outlined shape={THUMB} />
          </g>
        </g>
      );
    }
    case "ring":
      // Moved so the ring fingertip, not the middle one, is at the contact point.
      return (
        <g transform="translate(7.2 -1.6)">
          <Forearm ids={props.ids} />
          <Outlined shape={HANDS.ring} />
          <Outlined shape={THUMB} />
        </g>
      );
    default:
      return (
        <g>
          <Forearm ids={props.ids} />
          <Outlined shape={HANDS[props.grip]} />
          {props.grip === "flat" ? <path d={FLAT_CREASES} class="fa-hand-crease" /> : null}
          <Outlined shape={THUMB} />
        </g>
      );
  }
}
