import { describe, expect, it } from "vitest";
import { ZONE_IDS } from "../model/zones.ts";
import type { FaceAnchors } from "./face-anchors.ts";
import { mirrored, plainFace } from "./face-fixtures.test-support.ts";
import { faceFrame, fromFace } from "./face-frame.ts";
import type { Point } from "./point.ts";
import {
  type CoachFrame,
  type CoachMessage,
  type CoachStep,
  type CoachUpdate,
  startCoach,
  updateCoach,
  zoneAt,
} from "./stroke-coach.ts";
import { ZONE_REGIONS } from "./zone-regions.ts";

const FPS = 30;
const dt = 1000 / FPS;

/** A fingertip path in face units: a point at each frame, or undefined while the hand is unseen. */
type Path = (Point | undefined)[];

const line = (from: Point, to: Point, ms: number): Path => {
  const n = Math.round(ms / dt);
  return Array.from({ length: n }, (_, i) => ({
    x: from.x + ((to.x - from.x) * (i + 1)) / n,
    y: from.y + ((to.y - from.y) * (i + 1)) / n,
  }));
};
const gone = (ms: number): Path => Array.from({ length: Math.round(ms / dt) }, () => undefined);
const still = (at: Point, ms: number): Path =>
  Array.from({ length: Math.round(ms / dt) }, () => at);
const circles = (center: Point, radius: number, turns: number, msPerTurn: number): Path => {
  const n = Math.round((turns * msPerTurn) / dt);
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * turns * (i + 1)) / n;
    return { x: center.x + radius * Math.cos(a), y: center.y + radius * Math.sin(a) };
  });
};

/** A small, repeatable wobble (no Math.random: the same run every time). */
const jitter = (path: Path, amount: number): Path =>
  path.map((p, i) =>
    p ? { x: p.x + amount * Math.sin(i * 12.9898), y: p.y + amount * Math.cos(i * 78.233) } : p,
  );

interface Run {
  readonly updates: CoachUpdate[];
  readonly messages: CoachMessage[];
}

/** Plays one or two fingertip paths (two hands) over a face through the coach. */
function play(
  step: CoachStep,
  paths: readonly Path[],
  face: FaceAnchors | null = plainFace,
  picture: (p: Point) => Point = (p) => p,
): Run {
  const frame = faceFrame(plainFace);
  if (!frame) throw new Error("no face");
  let state = startCoach(step, 0);
  const updates: CoachUpdate[] = [];
  const length = Math.max(...paths.map((p) => p.length));
  for (let i = 0; i < length; i++) {
    const hands = paths.flatMap((path) => {
      const at = path[i];
      return at ? [{ index: picture(fromFace(frame, at)) }] : [];
    });
    const input: CoachFrame = { t: (i + 1) * dt, hands, ...(face !== null ? { face } : {}) };
    const next = updateCoach(state, input);
    state = next.state;
    updates.push(next.update);
  }
  return { updates, messages: updates.flatMap((u) => (u.message ? [u.message] : [])) };
}

const cheekStep: CoachStep = { zone: "cheeks", side: "left", technique: "roller" };
const inner = { x: 0.42, y: 0.64 };
const outer = { x: 0.95, y: 0.52 };

/** Five passes outward along the left cheek, the roller lifted back to the start each time. */
const fivePasses: Path = Array.from({ length: 5 }, () => [
  ...line(inner, outer, 1200),
  ...gone(500),
]).flat();

describe("the stroke coach", () => {
  it("places every zone where the map puts it, on both sides", () => {
    for (const zone of ZONE_IDS) {
      const c = ZONE_REGIONS[zone].center;
      expect(zoneAt(c)).toBe(zone);
      expect(zoneAt({ x: -c.x, y: c.y })).toBe(zone);
    }
  });

  it("counts five passes outward along the cheek, lifted between, and says so kindly", () => {
    const run = play(cheekStep, [fivePasses]);
    expect(run.updates.at(-1)?.count).toBe(5);
    expect(run.messages.map((m) => m.code)).toContain("on-target");
    expect(run.messages.every((m) => m.code === "on-target")).toBe(true);
    expect(run.messages[0]).toEqual({ code: "on-target", zone: "cheeks", word: "outward" });
  });

  it("counts the same strokes when the hand slides back on the skin, and does not nag about it", () => {
    const back = Array.from({ length: 5 }, () => [
      ...line(inner, outer, 1200),
      ...line(outer, inner, 500),
    ]).flat();
    const run = play(cheekStep, [back]);
    expect(run.updates.at(-1)?.count).toBe(5);
    expect(run.messages.map((m) => m.code)).not.toContain("go-direction");
  });

  it("asks once, gently, for the other way when the strokes go inward", () => {
    const inward = Array.from({ length: 5 }, () => [
      ...line(outer, inner, 1000),
      ...gone(400),
    ]).flat();
    const run = play(cheekStep, [inward]);
    expect(run.messages).toContainEqual({ code: "go-direction", zone: "cheeks", word: "outward" });
    expect(run.updates.at(-1)?.count).toBe(0);
  });

  it("says where to go from where the hand is: higher, from the jaw to the cheek", () => {
    const run = play(cheekStep, [jitter(still({ x: 0.6, y: 1.75 }, 2000), 0.01)]);
    expect(run.messages[0]).toEqual({
      code: "move-to",
      toward: "higher",
      from: "chin-jawline",
      to: "cheeks",
    });
  });

  it("asks for the other side on a one-side step", () => {
    const run = play({ ...cheekStep, side: "right" }, [fivePasses.slice(0, 60)]);
    expect(run.messages[0]).toEqual({ code: "other-side", side: "right" });
  });

  it("counts small circles at the temple, with either hand on a both-sides step", () => {
    const step: CoachStep = { zone: "temples", side: "both", technique: "small-circles" };
    const left = circles({ x: 1.05, y: -0.25 }, 0.08, 4, 1000);
    const right = circles({ x: -1.05, y: -0.25 }, 0.08, 4, 1000);
    const run = play(step, [left, right]);
    expect(run.updates.at(-1)?.count).toBe(4);
    expect(run.updates.at(-1)?.onTarget).toBe(true);
    const three = play(step, [circles({ x: 1.05, y: -0.25 }, 0.08, 3, 1000)]);
    expect(three.updates.at(-1)?.count).toBe(3);
  });

  it("asks to see the hands, then the face, each once, and keeps quiet in between", () => {
    const noHands = play(cheekStep, [gone(6000)]);
    expect(noHands.messages).toEqual([{ code: "show-hands" }]);
    const noFace = play(cheekStep, [gone(6000)], null);
    expect(noFace.messages).toEqual([{ code: "show-face" }]);
  });

  it("never speaks more than once in 2.5 s", () => {
    const run = play(cheekStep, [fivePasses]);
    let last = Number.NEGATIVE_INFINITY;
    run.updates.forEach((u, i) => {
      if (!u.message) return;
      expect((i + 1) * dt - last).toBeGreaterThanOrEqual(2500);
      last = (i + 1) * dt;
    });
  });

  it("rides out a short dropout within a stroke, and wobble in the tracking", () => {
    const broken = Array.from({ length: 5 }, () => [
      ...line(inner, { x: 0.68, y: 0.58 }, 600),
      ...gone(200),
      ...line({ x: 0.68, y: 0.58 }, outer, 600),
      ...gone(500),
    ]).flat();
    expect(play(cheekStep, [broken]).updates.at(-1)?.count).toBe(5);
    expect(play(cheekStep, [jitter(fivePasses, 0.015)]).updates.at(-1)?.count).toBe(5);
  });

  it("hears the same strokes in a mirrored selfie view", () => {
    const width = 400;
    const flip = (p: Point) => ({ x: width - p.x, y: p.y });
    const plain = play(cheekStep, [fivePasses]);
    const selfie = play(cheekStep, [fivePasses], mirrored(plainFace, width), flip);
    expect(selfie.updates.at(-1)?.count).toBe(plain.updates.at(-1)?.count);
    expect(selfie.messages).toEqual(plain.messages);
  });

  it("asks a hand on a pressure point to hold still, and says nothing of pressure", () => {
    const step: CoachStep = { zone: "shoulders", side: "both", technique: "pressure-points" };
    const rubbing = Array.from({ length: 8 }, () => [
      ...line({ x: 2.1, y: 3.5 }, { x: 2.5, y: 3.5 }, 300),
      ...line({ x: 2.5, y: 3.5 }, { x: 2.1, y: 3.5 }, 300),
    ]).flat();
    const run = play(step, [rubbing]);
    expect(run.messages.map((m) => m.code)).toContain("hold-still");
    const codes = new Set(run.messages.map((m) => m.code));
    expect([...codes].every((c) => !c.includes("press"))).toBe(true);
  });
});
