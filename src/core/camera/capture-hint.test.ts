import { describe, expect, it } from "vitest";
import { captureHint } from "./capture-hint.ts";
import { mapAnchors } from "./face-anchors.ts";
import { plainFace } from "./face-fixtures.test-support.ts";
import { alignTo } from "./photo-alignment.ts";
import { applySimilarity } from "./similarity.ts";

const size = { width: 400, height: 500 };
const moved = (t: { scale?: number; angle?: number; tx?: number; ty?: number }) => {
  const s = { scale: t.scale ?? 1, angle: t.angle ?? 0, tx: t.tx ?? 0, ty: t.ty ?? 0 };
  // Turn and scale about the point between the eyes, as a head does.
  const c = { x: 200, y: 200 };
  return mapAnchors(plainFace, (p) => {
    const q = applySimilarity({ ...s, tx: 0, ty: 0 }, { x: p.x - c.x, y: p.y - c.y });
    return { x: q.x + c.x + s.tx, y: q.y + c.y + s.ty };
  });
};

describe("captureHint", () => {
  it("says the one change that matters most, size first", () => {
    expect(captureHint(plainFace, plainFace, size)).toBe("matched");
    expect(captureHint(plainFace, moved({ scale: 0.85 }), size)).toBe("closer");
    expect(captureHint(plainFace, moved({ scale: 1.2, tx: 60 }), size)).toBe("further");
    expect(captureHint(plainFace, moved({ tx: 40 }), size)).toBe("move-left");
    expect(captureHint(plainFace, moved({ tx: -40 }), size)).toBe("move-right");
    expect(captureHint(plainFace, moved({ ty: 50 }), size)).toBe("move-up");
    expect(captureHint(plainFace, moved({ ty: -50 }), size)).toBe("move-down");
    expect(captureHint(plainFace, moved({ angle: 0.12 }), size)).toBe("tilt-left");
    expect(captureHint(plainFace, moved({ angle: -0.12 }), size)).toBe("tilt-right");
    expect(captureHint(plainFace, moved({ scale: 1.04, tx: 10, angle: 0.03 }), size)).toBe(
      "matched",
    );
  });
});

describe("alignTo", () => {
  it("maps a photo's face onto the first photo's", () => {
    const later = moved({ scale: 1.3, angle: 0.2, tx: 30, ty: -12 });
    const t = alignTo(plainFace, later);
    if (!t) throw new Error("no transform");
    const back = applySimilarity(t, later.noseTip);
    expect(back.x).toBeCloseTo(plainFace.noseTip.x, 6);
    expect(back.y).toBeCloseTo(plainFace.noseTip.y, 6);
  });
});
