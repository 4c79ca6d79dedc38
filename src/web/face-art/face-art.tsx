import { useEffect, useId, useMemo, useRef } from "preact/hooks";
import { type AnimationGroup, animationGroup } from "./animation-group.ts";
import { VIEW_HEIGHT, VIEW_WIDTH } from "./curves.ts";
import { FaceDrawing } from "./face-drawing.tsx";
import { HandDefs } from "./hand-art.tsx";
import { poseAt } from "./hand-pose.ts";
import { stepAnimations } from "./part-animations.ts";
import { stepAlt } from "./step-alt.ts";
import { GuideLayer, HandLayer, TrailLayer } from "./step-layers.tsx";
import { type MotionStep, stepMotion } from "./step-motion.ts";
import { useReducedMotion } from "./use-reduced-motion.ts";
import { litAreaPaths } from "./zone-art.ts";
import { ZoneGlow } from "./zone-glow.tsx";
import "./face-art-colours.css";
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
  /** More classes for the picture (its size in a layout). */
  readonly class?: string;
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
  const group = useRef<AnimationGroup | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const root = svg.current;
    if (root === null || reduced || typeof root.animate !== "function") return;
    const made = stepAnimations(motion).flatMap((a) => {
      const el = root.querySelector(`[data-fa="${a.part}"]`);
      const timing = {
        delay: a.delay,
        duration: a.duration,
        iterations: a.iterations,
        fill: a.fill,
      };
      return el === null ? [] : [el.animate(a.frames as Keyframe[], timing)];
    });
    const now = () => Number(document.timeline.currentTime ?? performance.now());
    const g = animationGroup(made, now, latest.current.elapsedMs ?? 0, latest.current.playing);
    // Learn loops the step: when the last section ends, every part starts over together.
    const last = made[made.length - 1];
    if (last !== undefined && latest.current.loop) last.onfinish = () => g.seek(0);
    group.current = g;
    return () => {
      g.cancel();
      group.current = null;
    };
  }, [motion, reduced, props.loop]);

  useEffect(() => {
    if (props.playing) group.current?.play();
    else group.current?.pause();
  }, [props.playing, motion, reduced]);

  useEffect(() => {
    const g = group.current;
    const want = props.elapsedMs;
    if (g !== null && want !== undefined && Math.abs(g.time() - want) > DRIFT_MS) g.seek(want);
  }, [props.elapsedMs]);

  // The drawing changes only with the step: a player's clock ticking re-renders none of it.
  const { zone, side } = props.step;
  const picture = useMemo(() => {
    const start = poseAt(motion, 0);
    return (
      <>
        <defs>
          <HandDefs ids={ids} />
        </defs>
        <FaceDrawing ids={ids} />
        <ZoneGlow paths={litAreaPaths(zone, side)} />
        {motion.hands.map((half, i) => (
          <TrailLayer key={half} motion={motion} hand={i} half={half} />
        ))}
        {start.hands.map((pose, i) => (
          <HandLayer key={pose.half} motion={motion} hand={i} pose={pose} ids={ids} />
        ))}
        {motion.hands.map((half) => (
          <GuideLayer key={half} motion={motion} half={half} />
        ))}
      </>
    );
  }, [motion, ids, zone, side]);
  return (
    <svg
      ref={svg}
      class={props.class === undefined ? "face-art" : `face-art ${props.class}`}
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      role="img"
      aria-label={props.label ?? stepAlt(props.step)}
      data-motion={motion.kind}
      data-grip={motion.grip}
    >
      {picture}
    </svg>
  );
}
