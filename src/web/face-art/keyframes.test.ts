import { describe, expect, it } from "vitest";
import { poseAt } from "./hand-pose.ts";
import { handTransform, ringScale, stepKeyframes, thumbTransform } from "./keyframes.ts";
import { type MotionStep, stepMotion } from "./step-motion.ts";

const secs = (n: number) => n as MotionStep["seconds"];

describe("keyframes", () => {
  it("writes a hand's place, turn and lift as one CSS transform", () => {
    expect(handTransform({ x: 102, y: 183, angle: -55, lift: 0 })).toBe(
      "translate(102px, 183px) rotate(35deg) scale(1)",
    );
    expect(handTransform({ x: 84.456, y: 160, angle: 0, lift: 1 })).toBe(
      "translate(84.46px, 160px) rotate(90deg) scale(1.08)",
    );
    expect(thumbTransform(1)).toBe("translate(0px, 0px)");
    expect(thumbTransform(0)).toBe("translate(4.5px, 2.5px)");
    expect([ringScale("hold", 1), ringScale("tap", 1), ringScale("tap", 0)]).toEqual([
      1.2, 0.8, 1.7,
    ]);
  });

  it("samples the pure pose over the whole step, so the animation is that function", () => {
    const m = stepMotion({
      zone: "cheeks",
      side: "both",
      technique: "strokes",
      seconds: secs(60),
      sections: 3,
      reps: 20,
    });
    const frames = stepKeyframes(m);
    const hand = frames.get("hand-1") ?? [];
    expect(hand[0]?.offset).toBe(0);
    expect(hand[hand.length - 1]?.offset).toBe(1);
    for (const f of hand.filter((_, i) => i % 97 === 0)) {
      const pose = poseAt(m, f.offset * m.durationMs).hands[1];
      expect(f.transform).toBe(handTransform(pose ?? { x: 0, y: 0, angle: 0, lift: 0 }));
    }
    const offsets = hand.map((f) => f.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    // Both hands and a trail per line for each: the parts the picture marks with data-fa.
    expect([...frames.keys()].sort()).toEqual([
      "hand-0",
      "hand-1",
      "shadow-0",
      "shadow-1",
      "trail-0-0",
      "trail-0-1",
      "trail-0-2",
      "trail-1-0",
      "trail-1-1",
      "trail-1-2",
    ]);
  });

  it("drops frames that only repeat their neighbours: a trail waits on two", () => {
    const m = stepMotion({
      zone: "cheeks",
      side: "left",
      technique: "roller",
      seconds: secs(30),
      sections: 3,
      reps: 5,
    });
    const frames = stepKeyframes(m);
    // The third line's trail stays hidden for the first 20 s: one frame at 0, one just before it starts.
    const third = frames.get("trail-0-2") ?? [];
    const hidden = third.filter((f) => f.offset < 20 / 30);
    expect(hidden).toHaveLength(2);
    expect(hidden.map((f) => f.opacity)).toEqual([0, 0]);
    expect((frames.get("hand-0") ?? []).length).toBeGreaterThan(800);
  });

  it("keeps a hand's turn continuous where its heading crosses ±180°", () => {
    const m = stepMotion({
      zone: "forehead",
      side: "center",
      technique: "gua-sha",
      seconds: secs(60),
      sections: 6,
      reps: 5,
    });
    const turns = (stepKeyframes(m).get("hand-0") ?? []).map((f) =>
      Number(/rotate\((-?[\d.]+)deg\)/.exec(String(f.transform))?.[1]),
    );
    for (let i = 1; i < turns.length; i++) {
      expect(Math.abs((turns[i] as number) - (turns[i - 1] as number))).toBeLessThan(90);
    }
  });
});
