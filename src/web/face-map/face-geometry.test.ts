import { describe, expect, it } from "vitest";
import { ZONE_IDS } from "../../core/model/zones.ts";
import { mirror, ZONE_SHAPES } from "./face-geometry.ts";

describe("face geometry", () => {
  it("has a shape for every core zone id and no other", () => {
    expect(Object.keys(ZONE_SHAPES).sort()).toEqual([...ZONE_IDS].sort());
  });

  it("mirrors absolute and curve commands across x = 100 and flips relative arcs", () => {
    expect(mirror("M90 81 L64 78")).toBe("M110 81L136 78");
    expect(mirror("M96 184 C84 182 72 176 62 166")).toBe("M104 184C116 182 128 176 138 166");
    expect(mirror("M47 78 a6 6 0 1 0 0.1 0")).toBe("M153 78a6 6 0 1 1 -0.1 0");
  });
});
