import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { TECHNIQUES } from "../../core/model/techniques.ts";
import { ZONE_LINES } from "../../core/model/zone-lines.ts";
import { FaceArt } from "./face-art.tsx";
import { MOTION_OF } from "./motion-kinds.ts";
import { stepAnimations } from "./part-animations.ts";
import { plannedSteps } from "./planned-steps.test-support.ts";
import { stepAlt } from "./step-alt.ts";
import { stepMotion } from "./step-motion.ts";
import { ZONE_ART } from "./zone-art.ts";

const planned = [...plannedSteps().values()];

describe("every step the planner can produce has its animation", () => {
  it("finds every technique and tool in the sweep", () => {
    const pairs = new Set(planned.map((s) => `${s.technique} ${s.tool}`));
    expect([...pairs].sort()).toEqual(
      Object.values(TECHNIQUES)
        .map((t) => `${t.id} ${t.tool}`)
        .sort(),
    );
  });

  it.each(planned.map((s) => [`${s.technique} on ${s.zone}, ${s.side}`, s] as const))(
    "%s",
    (_, step) => {
      const m = stepMotion(step);
      const art = ZONE_ART[step.zone];
      expect(m.kind).toBe(MOTION_OF[step.technique]);
      // The zone's own drawing, not a fallback: its lines, its spot for circles, its points.
      if (m.kind === "glide") expect(art.lines.length).toBe(ZONE_LINES[step.zone].length);
      if (m.kind === "circle" || m.kind === "knead") expect(art.spot).toBeDefined();
      if (m.kind === "hold") expect(art.points).toBeDefined();
      // The step's lines are the sections animated, each worked its counted passes.
      expect(m.sections.length).toBe(step.sections);
      if (m.kind === "glide" && step.reps !== undefined) expect(m.passes).toBe(step.reps);
      expect(m.sections.length * m.passes * m.passMs).toBeCloseTo(step.seconds * 1000, 6);
      for (const g of m.guides) {
        expect(g.track.length > 0 || g.marks.length === 1).toBe(true);
      }
      const hands = step.side === "left" || step.side === "right" ? 1 : 2;
      expect(m.hands).toHaveLength(hands);

      const html = render(<FaceArt step={step} playing={false} />);
      expect(html).toContain(`aria-label="${stepAlt(step)}"`);
      expect(html).toContain(`data-motion="${m.kind}"`);
      for (let i = 0; i < hands; i++) {
        expect(html).toContain(`data-fa="hand-${i}"`);
        expect(html).toContain(`data-fa="trail-${i}-0"`);
      }
      expect(html).not.toContain(`data-fa="hand-${hands}"`);
      // Every section moves a hand, and everything animated is in the picture to be found.
      const animations = stepAnimations(m);
      for (let s = 0; s < m.sections.length; s++) {
        const moving = animations.filter(
          (a) =>
            a.part.startsWith("hand") && a.delay === s * m.passes * m.passMs && a.frames.length > 2,
        );
        expect(moving.length).toBe(m.sections[s]?.hands.length);
      }
      for (const a of animations) expect(html).toContain(`data-fa="${a.part}"`);
    },
  );
});
