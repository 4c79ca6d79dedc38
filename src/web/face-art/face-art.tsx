import { useEffect, useId, useMemo, useRef } from "preact/hooks";
import { VIEW_HEIGHT, VIEW_WIDTH } from "./curves.ts";
import { FaceDrawing } from "./face-drawing.tsx";
import { HandDefs } from "./hand-art.tsx";
import { poseAt } from "./hand-pose.ts";
import { stepKeyframes } from "./keyframes.ts";
import { stepAlt } from "./step-alt.ts";
import { GuideLayer, HandLayer, TrailLayer } from "./step-layers.tsx";
import { type MotionStep, stepMotion } from "./step-motion.ts";
import { useReducedMotion } from "./use-reduced-motion.ts";
import { litAreaPaths } from "./zone-art.ts";
import { ZoneGlow } from "./zone-glow.tsx";
import "./face-art.css";

/** Props of {@link FaceArt}. */
export interface FaceArtProps {
  /** The step shown: a `PlanStep` (its zone, side, technique, seconds, sections and reps). */
  readonly step: MotionStep;
  /** Moves while true; holds still where it is while false (a paused session). */
  readonly playing: boolean;
  /**
   * Milliseconds into the step by the player's clock: the animation follows it (it is moved
   * only when it drifts more than a quarter second, so a tick does not jolt it). Absent, the
   * animation keeps its own time from when it is shown.
   */
  readonly elapsedMs?: number;
  /** Starts over at the end (Learn) instead of holding the last moment (the player). */
  readonly loop?: boolean;
  /** Replaces the text alternative built from the step. */
  readonly label?: string;
}

/** Further than this from the player's clock, the animation jumps to it. */
const DRIFT_MS = 250;

/** A stable key for a step's animation: the fields it is built from. */
const stepKey = (s: MotionStep) =>
  `${s.zone}|${s.side}|${s.technique}|${s.seconds}|${s.sections}|${s.reps ?? ""}`;

/**
 * The drawn face with the step's hands (or roller, or stone) moving over it at the step's tempo,
 * the path and its direction drawn as they go, and the zone lit. Runs on the Web Animations API,
 * sampled from the pure {@link poseAt}; under reduced motion it is a still drawing: the paths with
 * their arrows and the hands where they start.
 */
export function FaceArt(props: FaceArtProps) {
  const ids = `fa${useId().replace(/[^\w-]/g, "")}`;
  const key = stepKey(props.step);
  const motion = useMemo(() => stepMotion(props.step), [key]);
  const reduced = useReducedMotion();
  const svg = useRef<SVGSVGElement>(null);
  const running = useRef<readonly Animation[]>([]);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const root = svg.current;
    if (root === null || reduced || typeof root.animate !== "function") return;
    const made: Animation[] = [];
    for (const [name, frames] of stepKeyframes(motion)) {
      const el = root.querySelector(`[data-fa="${name}"]`);
      if (el === null) continue;
      made.push(
        el.animate(frames as Keyframe[], {
          duration: motion.durationMs,
          iterations: latest.current.loop ? Number.POSITIVE_INFINITY : 1,
          fill: "both",
        }),
      );
    }
    const start = latest.current.elapsedMs ?? 0;
    for (const a of made) {
      a.currentTime = start;
      if (!latest.current.playing) a.pause();
    }
    running.current = made;
    return () => {
      for (const a of made) a.cancel();
      running.current = [];
    };
  }, [motion, reduced, props.loop]);

  useEffect(() => {
    for (const a of running.current) {
      if (props.playing) a.play();
      else a.pause();
    }
  }, [props.playing, motion, reduced]);

  useEffect(() => {
    const want = props.elapsedMs;
    if (want === undefined) return;
    for (const a of running.current) {
      const now = Number(a.currentTime ?? 0);
      if (Math.abs(now - want) > DRIFT_MS) a.currentTime = want;
    }
  }, [props.elapsedMs]);

  const start = poseAt(motion, 0);
  return (
    <svg
      ref={svg}
      class="face-art"
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      role="img"
      aria-label={props.label ?? stepAlt(props.step)}
      data-motion={motion.kind}
      data-grip={motion.grip}
    >
      <defs>
        <HandDefs ids={ids} />
      </defs>
      <FaceDrawing ids={ids} />
      <g>
        <ZoneGlow paths={litAreaPaths(props.step.zone, props.step.side)} />
        {motion.hands.map((half, i) => (
          <TrailLayer key={half} motion={motion} hand={i} half={half} />
        ))}
        {start.hands.map((pose, i) => (
          <HandLayer key={pose.half} motion={motion} hand={i} pose={pose} ids={ids} />
        ))}
        {motion.hands.map((half) => (
          <GuideLayer key={half} motion={motion} half={half} />
        ))}
      </g>
    </svg>
  );
}
