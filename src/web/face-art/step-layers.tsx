import type { Guide } from "./guides.ts";
import { HandArt } from "./hand-art.tsx";
import type { HandPose } from "./hand-pose.ts";
import { handTransform, part, ringScale, thumbTransform } from "./keyframes.ts";
import { SideGroup } from "./side-group.tsx";
import type { StepMotion } from "./step-motion.ts";
import type { Half } from "./zone-art.ts";

/** A hand's SVG transform attribute, the still form of {@link handTransform}. */
const attr = (css: string) => css.replace(/px|deg/g, "").replace(/,/g, "");

/** The guides one hand works, with their index in the step's list. */
function usedGuides(motion: StepMotion, half: Half): readonly { g: Guide; i: number }[] {
  const used = new Set(motion.sections.filter((s) => s.hands.includes(half)).map((s) => s.guide));
  return motion.guides.map((g, i) => ({ g, i })).filter(({ i }) => used.has(i));
}

/**
 * The paths one hand follows, each with its arrowhead (and held points): drawn over the hands,
 * as an instruction diagram draws its arrows, so a fingertip never hides which way to go.
 */
export function GuideLayer(props: { motion: StepMotion; half: Half }) {
  return (
    <SideGroup half={props.half}>
      {usedGuides(props.motion, props.half).map(({ g, i }) => (
        <g key={i} class="fa-guide">
          {g.shown === "" ? null : (
            <path d={g.shown} class={g.dotted ? "fa-guide-path fa-dotted" : "fa-guide-path"} />
          )}
          {g.arrow === "" ? null : <path d={g.arrow} class="fa-arrow" />}
          {g.marks.map((p) => (
            <circle key={`${p[0]},${p[1]}`} cx={p[0]} cy={p[1]} r="2.6" class="fa-mark" />
          ))}
        </g>
      ))}
    </SideGroup>
  );
}

/** The trails one hand leaves: each guide drawn as the hand goes, under the hand, fading after. */
export function TrailLayer(props: { motion: StepMotion; hand: number; half: Half }) {
  return (
    <SideGroup half={props.half}>
      {usedGuides(props.motion, props.half).map(({ g, i }) => (
        <path
          key={i}
          d={g.trail}
          class="fa-trail"
          pathLength={1}
          stroke-dasharray="1 2"
          stroke-dashoffset="1"
          opacity="0"
          data-fa={part.trail(props.hand, i)}
        />
      ))}
    </SideGroup>
  );
}

/** One hand, drawn at `pose` (the animation moves it from there). */
export function HandLayer(props: {
  motion: StepMotion;
  hand: number;
  pose: HandPose;
  ids: string;
}) {
  const { motion, pose, hand } = props;
  const ring = motion.kind === "hold" || motion.kind === "tap" || motion.kind === "knead";
  return (
    <SideGroup half={pose.half}>
      <g
        data-fa={part.hand(hand)}
        class="fa-hand"
        transform={attr(handTransform(pose))}
        opacity={pose.active ? 1 : 0}
      >
        <ellipse
          rx="6"
          ry="3.2"
          cy="1"
          class="fa-contact"
          opacity={0.32 * (1 - pose.lift)}
          data-fa={part.shadow(hand)}
        />
        {ring ? (
          <circle
            r="5"
            class="fa-ring"
            transform={`scale(${ringScale(motion.kind, pose.press)})`}
            opacity={0.8 * pose.press}
            data-fa={part.ring(hand)}
          />
        ) : null}
        <HandArt
          grip={motion.grip}
          ids={props.ids}
          travel={-90 - motion.toolTurn}
          arm={motion.armTurn}
          wrist={motion.wristBend}
          thumb={(c) => (
            <g data-fa={part.thumb(hand)} transform={attr(thumbTransform(pose.pinch))}>
              {c}
            </g>
          )}
        />
      </g>
    </SideGroup>
  );
}
