import type { TechniqueId } from "../model/techniques.ts";
import { ZONE_IDS, type ZoneId } from "../model/zones.ts";
import type { Side } from "../planner/plan-types.ts";
import type { FaceAnchors } from "./face-anchors.ts";
import { type FaceFrame, faceFrame, toFace } from "./face-frame.ts";
import { dot, norm, type Point, sub, unit } from "./point.ts";
import {
  type CoachDirection,
  directionAt,
  ellipseDistance,
  type FaceSide,
  type MotionKind,
  sideOf,
  ZONE_REGIONS,
} from "./zone-regions.ts";

/** The fingertips a hand model gives, in picture coordinates; any may be missing. */
export interface HandTips {
  readonly thumb?: Point;
  readonly index?: Point;
  readonly middle?: Point;
  readonly ring?: Point;
}

/** One camera frame as the landmark models saw it. */
export interface CoachFrame {
  /** Milliseconds on a monotonic clock. */
  readonly t: number;
  readonly face?: FaceAnchors;
  readonly hands: readonly HandTips[];
}

/** What the coach follows: the step the player is on. */
export interface CoachStep {
  readonly zone: ZoneId;
  readonly side: Side;
  readonly technique: TechniqueId;
}

/** Where to move, said from where the hand is now. */
export type Toward = "higher" | "lower" | "further-out" | "closer-in";

/**
 * What the coach has to say, as a code and values for the app to put in words in the person's
 * language. It never scolds and says nothing of pressure: a camera cannot see it.
 */
export type CoachMessage =
  | { readonly code: "on-target"; readonly zone: ZoneId; readonly word: CoachDirection }
  | { readonly code: "go-direction"; readonly zone: ZoneId; readonly word: CoachDirection }
  | {
      readonly code: "move-to";
      readonly toward: Toward;
      readonly from: ZoneId;
      readonly to: ZoneId;
    }
  | { readonly code: "other-side"; readonly side: FaceSide }
  | { readonly code: "hold-still"; readonly zone: ZoneId }
  | { readonly code: "show-face" }
  | { readonly code: "show-hands" };

/** How the working fingertip moves against the step's direction. */
export type Moving = "with" | "against" | "across" | "still";

/** What one frame leaves the app to show. */
export interface CoachUpdate {
  readonly zone: ZoneId | undefined;
  readonly onTarget: boolean;
  readonly moving: Moving | undefined;
  /** Strokes, passes or circles counted so far in this step (on the busier hand). */
  readonly count: number;
  readonly message: CoachMessage | undefined;
}

/** One tracked fingertip (one hand), in face units. */
interface Track {
  readonly side: FaceSide;
  readonly at: Point;
  readonly t: number;
  /** Smoothed velocity, face units per second. */
  readonly velocity: Point;
  /** Length of the current run along (+) or against (−) the direction, face units. */
  readonly run: number;
  /** Turning so far in the current circle, radians. */
  readonly turn: number;
}

/** The coach's memory between frames: plain data, so a test can replay any sequence. */
export interface CoachState {
  readonly step: CoachStep;
  readonly tracks: readonly Track[];
  /** Strokes, passes or circles counted on each side so far. */
  readonly counts: Readonly<Record<FaceSide, number>>;
  readonly lastFrameAt: number;
  readonly lastFace: number;
  readonly lastHand: number;
  /** When the hand was first seen off the step's zone without a break; undefined when on it. */
  readonly offSince: number | undefined;
  /** Recent travel with and against the direction, face units, decaying over a few seconds. */
  readonly withTravel: number;
  readonly againstTravel: number;
  readonly lastMessageAt: number;
  readonly lastMessageKey: string;
  readonly startedAt: number;
}

/** The coach's pacing and thresholds. */
export const COACH_TIMING = {
  /** At most one message this often. */
  messageEveryMs: 2500,
  /** The same message not again within this. */
  repeatAfterMs: 7000,
  /** A hand away from the zone this long before saying where to go. */
  offTargetMs: 900,
  /** No hand this long before asking to see it. */
  noHandMs: 2500,
  /** No face this long before asking to see it. */
  noFaceMs: 1500,
  /** A hand unseen this long ends its track (a lift). */
  dropoutMs: 400,
  /** A run along the direction at least this long (face units) counts as a stroke. */
  strokeLength: 0.3,
  /** Faster than this (face units a second) is moving; slower than `stillSpeed` is still. */
  movingSpeed: 0.5,
  stillSpeed: 0.15,
  /** Smoothing of the fingertip, in ms (an exponential filter). */
  smoothingMs: 70,
  /** Recent travel halves every this many ms. */
  travelHalfLifeMs: 2500,
} as const;

/** The share of a full turn at which a circle counts. */
const CIRCLE_COUNTS_AT = 0.8;

const MOTION: Readonly<Record<TechniqueId, MotionKind>> = {
  strokes: "along",
  roller: "along",
  "gua-sha": "along",
  pinch: "along",
  "small-circles": "circles",
  "stationary-circles": "circles",
  kneading: "circles",
  tap: "tap",
  "pressure-points": "hold",
};

/** The coach at the start of a step, at time `t`. */
export function startCoach(step: CoachStep, t: number): CoachState {
  return {
    step,
    tracks: [],
    counts: { left: 0, right: 0 },
    lastFrameAt: t,
    lastFace: t,
    lastHand: t,
    offSince: undefined,
    withTravel: 0,
    againstTravel: 0,
    lastMessageAt: Number.NEGATIVE_INFINITY,
    lastMessageKey: "",
    startedAt: t,
  };
}

/** The fingertip that does the work: the index, else the middle, ring or thumb. */
function workingTip(h: HandTips): Point | undefined {
  if (h.index && h.middle)
    return { x: (h.index.x + h.middle.x) / 2, y: (h.index.y + h.middle.y) / 2 };
  return h.index ?? h.middle ?? h.ring ?? h.thumb;
}

/** The zone a face-frame point is on: the nearest whose ellipse holds it, with a little slack. */
export function zoneAt(p: Point): ZoneId | undefined {
  let best: ZoneId | undefined;
  let bestD = 1.25;
  for (const z of ZONE_IDS) {
    const d = ellipseDistance(z, p);
    if (d < bestD) {
      best = z;
      bestD = d;
    }
  }
  return best;
}

/** The zone nearest a point however far, for saying where to go from there. */
function nearestZone(p: Point): ZoneId {
  let best: ZoneId = "cheeks";
  let bestD = Number.POSITIVE_INFINITY;
  for (const z of ZONE_IDS) {
    const d = ellipseDistance(z, p);
    if (d < bestD) {
      best = z;
      bestD = d;
    }
  }
  return best;
}

function toward(from: ZoneId, to: ZoneId): Toward {
  const a = ZONE_REGIONS[from].center;
  const b = ZONE_REGIONS[to].center;
  const dy = b.y - a.y;
  const dx = Math.abs(b.x) - Math.abs(a.x);
  if (Math.abs(dy) >= Math.abs(dx)) return dy < 0 ? "higher" : "lower";
  return dx > 0 ? "further-out" : "closer-in";
}

/** A track and what it counted on this frame. */
interface Advanced {
  readonly track: Track;
  readonly counted: number;
}

/** A new track at `at`: nothing run or turned yet. */
const fresh = (at: Point, t: number): Track => ({
  side: sideOf(at),
  at,
  t,
  velocity: { x: 0, y: 0 },
  run: 0,
  turn: 0,
});

/** What a track that ended (a lift, the hand gone) counts: a long enough run was a stroke. */
const endCount = (track: Track): number => (track.run >= COACH_TIMING.strokeLength ? 1 : 0);

/** Moves one hand's track (on the same side, seen lately) to a new fingertip position. */
function advance(track: Track, at: Point, t: number, step: CoachStep): Advanced {
  const dt = Math.max(1, t - track.t);
  const a = 1 - Math.exp(-dt / COACH_TIMING.smoothingMs);
  const smoothed = {
    x: track.at.x + a * (at.x - track.at.x),
    y: track.at.y + a * (at.y - track.at.y),
  };
  const raw = {
    x: ((smoothed.x - track.at.x) * 1000) / dt,
    y: ((smoothed.y - track.at.y) * 1000) / dt,
  };
  const velocity = {
    x: track.velocity.x + a * (raw.x - track.velocity.x),
    y: track.velocity.y + a * (raw.y - track.velocity.y),
  };
  let { run, turn } = track;
  let counted = 0;
  const motion = MOTION[step.technique];
  if (motion === "along") {
    const dir = directionAt(step.zone, smoothed);
    const along = dir ? dot(sub(smoothed, track.at), unit(dir)) : 0;
    // A run ends when the hand turns back; one long enough along the direction was a stroke.
    if (run > 0 && along < -0.01) {
      counted = endCount(track);
      run = along;
    } else if (run < 0 && along > 0.01) run = along;
    else run += along;
  } else if (
    motion === "circles" &&
    norm(track.velocity) > COACH_TIMING.stillSpeed &&
    norm(velocity) > COACH_TIMING.stillSpeed
  ) {
    let d = Math.atan2(velocity.y, velocity.x) - Math.atan2(track.velocity.y, track.velocity.x);
    if (d > Math.PI) d -= 2 * Math.PI;
    if (d < -Math.PI) d += 2 * Math.PI;
    turn += d;
    // A circle counts a little before it closes: the smoothing lags a fraction of a turn
    // behind the finger, and the last circle of a step would otherwise go uncounted.
    if (Math.abs(turn) >= CIRCLE_COUNTS_AT * 2 * Math.PI) {
      counted = 1;
      turn -= Math.sign(turn) * 2 * Math.PI;
    }
  }
  return { track: { side: track.side, at: smoothed, t, velocity, run, turn }, counted };
}

function classify(track: Track, step: CoachStep): Moving {
  const speed = norm(track.velocity);
  if (speed < COACH_TIMING.stillSpeed) return "still";
  if (speed < COACH_TIMING.movingSpeed) return "across";
  const dir = directionAt(step.zone, track.at);
  if (!dir) return "across";
  const c = dot(unit(track.velocity), unit(dir));
  return c > 0.5 ? "with" : c < -0.5 ? "against" : "across";
}

function wantsSide(step: CoachStep, side: FaceSide): boolean {
  return step.side !== "left" && step.side !== "right" ? true : step.side === side;
}

/**
 * Follows one camera frame: finds the face and the working fingertip of each hand, which zone
 * each is on, which way it moves and how many strokes, passes or circles it has made, and
 * decides whether there is something worth saying. Pure: the same frames give the same words.
 */
export function updateCoach(
  state: CoachState,
  frame: CoachFrame,
): { state: CoachState; update: CoachUpdate } {
  const { step } = state;
  const frameOf: FaceFrame | undefined = frame.face ? faceFrame(frame.face) : undefined;
  let s: CoachState = frameOf ? { ...state, lastFace: frame.t } : state;
  const decay = 0.5 ** ((frame.t - s.lastFrameAt) / COACH_TIMING.travelHalfLifeMs);
  let withTravel = s.withTravel * decay;
  let againstTravel = s.againstTravel * decay;
  const counts = { ...s.counts };
  const tracks: Track[] = [];
  const seen = frameOf
    ? frame.hands.flatMap((h) => {
        const tip = workingTip(h);
        return tip ? [toFace(frameOf, tip)] : [];
      })
    : [];
  for (const at of seen) {
    const side = sideOf(at);
    if (tracks.some((tr) => tr.side === side)) continue;
    const previous = s.tracks.find((tr) => tr.side === side);
    if (!previous || frame.t - previous.t > COACH_TIMING.dropoutMs) {
      if (previous) counts[side] += endCount(previous);
      tracks.push(fresh(at, frame.t));
      continue;
    }
    const { track, counted } = advance(previous, at, frame.t, step);
    counts[side] += counted;
    const dir = directionAt(step.zone, track.at);
    if (dir && zoneAt(track.at) === step.zone) {
      const along = dot(sub(track.at, previous.at), unit(dir));
      if (along > 0) withTravel += along;
      else againstTravel -= along;
    }
    tracks.push(track);
  }
  // A hand not seen this frame keeps its track a moment (a short dropout); then it was a lift.
  for (const old of s.tracks) {
    if (tracks.some((tr) => tr.side === old.side)) continue;
    if (frame.t - old.t <= COACH_TIMING.dropoutMs) tracks.push(old);
    else counts[old.side] += endCount(old);
  }
  const live = tracks.filter((tr) => tr.t === frame.t);
  if (live.length > 0) s = { ...s, lastHand: frame.t };
  const count = Math.max(counts.left, counts.right);
  // The hand that matters: one on the step's zone and side if any, else the nearest live one.
  const onZone = live.find((tr) => zoneAt(tr.at) === step.zone && wantsSide(step, tr.side));
  const main = onZone ?? live[0];
  const zone = main ? zoneAt(main.at) : undefined;
  const onTarget = onZone !== undefined;
  const moving = main ? classify(main, step) : undefined;
  const offSince = main && !onTarget ? (s.offSince ?? frame.t) : undefined;
  s = { ...s, tracks, counts, withTravel, againstTravel, offSince, lastFrameAt: frame.t };

  const message = choose(s, frame.t, frameOf !== undefined, main, zone, onTarget);
  if (message) {
    s = { ...s, lastMessageAt: frame.t, lastMessageKey: JSON.stringify(message) };
  }
  return { state: s, update: { zone, onTarget, moving, count, message } };
}

function choose(
  s: CoachState,
  t: number,
  faceSeen: boolean,
  main: Track | undefined,
  zone: ZoneId | undefined,
  onTarget: boolean,
): CoachMessage | undefined {
  if (t - s.lastMessageAt < COACH_TIMING.messageEveryMs) return undefined;
  const fresh = (m: CoachMessage): CoachMessage | undefined =>
    JSON.stringify(m) === s.lastMessageKey && t - s.lastMessageAt < COACH_TIMING.repeatAfterMs
      ? undefined
      : m;
  const { step } = s;
  if (!faceSeen)
    return t - s.lastFace >= COACH_TIMING.noFaceMs ? fresh({ code: "show-face" }) : undefined;
  if (!main)
    return t - s.lastHand >= COACH_TIMING.noHandMs ? fresh({ code: "show-hands" }) : undefined;
  const region = ZONE_REGIONS[step.zone];
  if (!onTarget) {
    if (s.offSince === undefined || t - s.offSince < COACH_TIMING.offTargetMs) return undefined;
    const here = zone ?? nearestZone(main.at);
    if (here === step.zone && (step.side === "left" || step.side === "right")) {
      return fresh({ code: "other-side", side: step.side });
    }
    return fresh({ code: "move-to", toward: toward(here, step.zone), from: here, to: step.zone });
  }
  const motion = MOTION[step.technique];
  if (motion === "hold" && norm(main.velocity) > COACH_TIMING.movingSpeed) {
    return fresh({ code: "hold-still", zone: step.zone });
  }
  if (motion === "along" && region.direction) {
    // Going back to the start is part of every stroke; only mostly-backward work is worth a word.
    if (s.againstTravel > 1 && s.againstTravel > 1.5 * s.withTravel) {
      return fresh({ code: "go-direction", zone: step.zone, word: region.word });
    }
    if (s.withTravel > 0.6) return fresh({ code: "on-target", zone: step.zone, word: region.word });
    return undefined;
  }
  return fresh({ code: "on-target", zone: step.zone, word: region.word });
}
