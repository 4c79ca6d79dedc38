import { describe, expect, it } from "vitest";
import { mapAnchors } from "../../../core/camera/face-anchors.ts";
import { plainFace } from "../../../core/camera/face-fixtures.test-support.ts";
import { applySimilarity } from "../../../core/camera/similarity.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import { alignSeries } from "./alignment.ts";
import { liveHint } from "./ghost.ts";

const photo = (id: string, anchors: LocalPhoto["anchors"], width = 400, height = 500) =>
  ({
    id,
    takenAt: id,
    localDate: "2026-12-05",
    blob: new Blob(),
    width,
    height,
    anchors,
  }) as LocalPhoto;

describe("alignSeries", () => {
  it("lines every photo up to the first one with a face, and covers the frame with the rest", () => {
    const moved = mapAnchors(plainFace, (p) =>
      applySimilarity({ scale: 2, angle: 0, tx: 10, ty: -4 }, p),
    );
    const series = alignSeries([
      photo("a", null),
      photo("b", plainFace),
      photo("c", moved, 800, 1000),
      photo("d", undefined, 200, 200),
    ]);
    expect(series.reference?.id).toBe("b");
    expect(series.frame).toEqual({ width: 400, height: 500 });
    const c = series.transformOf(photo("c", moved, 800, 1000));
    expect(c.aligned).toBe(true);
    expect(c.t.scale).toBeCloseTo(0.5, 6);
    expect(c.t.angle).toBeCloseTo(0, 6);
    expect(c.t.tx).toBeCloseTo(-5, 6);
    expect(c.t.ty).toBeCloseTo(2, 6);
    expect(series.transformOf(photo("d", undefined, 200, 200))).toEqual({
      t: { scale: 2.5, angle: 0, tx: -50, ty: 0 },
      aligned: false,
    });
  });
});

describe("liveHint", () => {
  it("judges the live face against the first photo carried into the camera's picture", () => {
    const camera = { width: 800, height: 1000 };
    // The first photo, 400 × 500, covers an 800 × 1000 camera at twice its size.
    const same = mapAnchors(plainFace, (p) => ({ x: p.x * 2, y: p.y * 2 }));
    expect(liveHint(photo("a", plainFace), same, camera)).toBe("matched");
    expect(liveHint(photo("a", plainFace), plainFace, camera)).toBe("closer");
    expect(liveHint(photo("a", null), same, camera)).toBeUndefined();
    // Seen mirrored, a face on the picture's right sits on the screen's left: move right.
    const right = mapAnchors(same, (p) => ({ x: p.x + 100, y: p.y }));
    expect(liveHint(photo("a", plainFace), right, camera)).toBe("move-right");
  });
});
