import { describe, expect, it } from "vitest";
import { ZONE_LINES } from "../../core/model/zone-lines.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../../core/model/zones.ts";
import { MIDLINE, type Pt, VIEW_HEIGHT } from "./curves.ts";
import { LEFT_EAR } from "./face-shapes.ts";
import { litAreaPaths, ZONE_ART, zoneAreaPath, zoneLinePaths, zonePoint } from "./zone-art.ts";

const first = (points: readonly Pt[]) => points[0] as Pt;
const last = (points: readonly Pt[]) => points[points.length - 1] as Pt;
const allPoints = (z: ZoneId): readonly Pt[] => {
  const a = ZONE_ART[z];
  return [a.anchor, ...a.area, ...a.lines.flat(), ...a.flow, ...(a.points ?? [])];
};
const earXs = LEFT_EAR.map((p) => p[0]);
const earYs = LEFT_EAR.map((p) => p[1]);

describe("zone art", () => {
  it("draws every core zone and no other, each line of ZONE_LINES in its order", () => {
    expect(Object.keys(ZONE_ART).sort()).toEqual([...ZONE_IDS].sort());
    for (const z of ZONE_IDS) expect(ZONE_ART[z].lines).toHaveLength(ZONE_LINES[z].length);
  });

  it("places every point on the left half of the picture, as in a mirror", () => {
    for (const z of ZONE_IDS) {
      for (const [x, y] of allPoints(z)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(MIDLINE);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(VIEW_HEIGHT);
      }
      expect(ZONE_ART[z].midline).toBe(ZONES[z].sides === "center");
    }
  });

  it("stacks the zones from the forehead down to the collarbone", () => {
    const y = (z: ZoneId) => ZONE_ART[z].anchor[1];
    const order: readonly ZoneId[] = [
      "forehead",
      "brows",
      "under-eyes",
      "cheeks",
      "mouth",
      "chin-jawline",
      "neck-sides",
      "collarbone",
    ];
    expect([...order].sort((a, b) => y(a) - y(b))).toEqual(order);
  });

  it("puts the node in front of the ear, level with the ear", () => {
    const [x, y] = ZONE_ART["jaw-angle"].anchor;
    expect(x).toBeGreaterThan(Math.max(...earXs));
    expect(x).toBeLessThan(ZONE_ART.masseter.anchor[0]);
    expect(y).toBeGreaterThan(Math.min(...earYs));
    expect(y).toBeLessThan(Math.max(...earYs));
  });

  it("puts the line under the cheekbone below the cheek's line over it, and the jaw muscle below both", () => {
    const over = ZONE_ART.cheeks.lines[2] as readonly Pt[];
    const under = ZONE_ART["under-cheekbone"].lines[0] as readonly Pt[];
    expect(first(under)[1]).toBeGreaterThan(first(over)[1]);
    expect(last(under)[1]).toBeGreaterThan(last(over)[1]);
    expect(ZONE_ART.masseter.anchor[1]).toBeGreaterThan(last(under)[1]);
  });

  it("runs every line and flow the zone's way (domain notes, section 4)", () => {
    const outward: readonly ZoneId[] = [
      "chin-jawline",
      "cheeks",
      "under-cheekbone",
      "under-eyes",
      "brows",
      "forehead",
      "mouth",
      "temples",
      "nose-sides",
    ];
    const down: readonly ZoneId[] = [
      "neck-sides",
      "jaw-angle",
      "masseter",
      "nose-sides",
      "collarbone",
    ];
    for (const z of outward) {
      for (const l of [...ZONE_ART[z].lines, ZONE_ART[z].flow]) {
        expect(last(l)[0], z).toBeLessThan(first(l)[0]);
      }
    }
    for (const z of down) {
      for (const l of [...ZONE_ART[z].lines, ZONE_ART[z].flow]) {
        expect(last(l)[1], z).toBeGreaterThan(first(l)[1]);
      }
    }
    // Down and in at the collarbone; toward the base of the neck on the shoulder.
    expect(last(ZONE_ART.collarbone.flow)[0]).toBeGreaterThan(first(ZONE_ART.collarbone.flow)[0]);
    expect(last(ZONE_ART.shoulders.flow)[0]).toBeGreaterThan(first(ZONE_ART.shoulders.flow)[0]);
  });

  it("ends lines where section 4b sends them: the temple, the collarbone, below the ear", () => {
    const near = (a: Pt, b: Pt, d: number) => Math.hypot(a[0] - b[0], a[1] - b[1]) <= d;
    const temple = ZONE_ART.temples.anchor;
    expect(near(last(ZONE_ART["under-eyes"].lines[0] as readonly Pt[]), temple, 8)).toBe(true);
    for (const l of ZONE_ART.forehead.lines) expect(near(last(l), temple, 16)).toBe(true);
    for (const l of ZONE_ART["neck-sides"].lines) {
      expect(Math.abs(last(l)[1] - ZONE_ART.collarbone.anchor[1])).toBeLessThanOrEqual(4);
    }
    const jaw = ZONE_ART["chin-jawline"].lines[0] as readonly Pt[];
    expect(first(jaw)[0]).toBeGreaterThan(MIDLINE - 6);
    expect(last(jaw)[1]).toBeGreaterThan(Math.max(...earYs));
  });

  it("gives circles a spot and pressure points their points wherever a zone allows them", () => {
    for (const z of ZONE_IDS) {
      const t = ZONES[z].techniques;
      if (t.includes("stationary-circles") || t.includes("kneading")) {
        expect(ZONE_ART[z].spot, z).toBeDefined();
      }
      if (t.includes("pressure-points")) expect(ZONE_ART[z].points, z).toBeDefined();
    }
  });

  it("mirrors a zone onto the right side, and lights one side, both, or a midline zone once", () => {
    expect(zonePoint("temples", "left")).toEqual([70, 98]);
    expect(zonePoint("temples", "right")).toEqual([170, 98]);
    expect(zoneLinePaths("cheeks", "right")[0]?.startsWith("M138 183")).toBe(true);
    expect(zoneLinePaths("cheeks", "left")[0]?.startsWith("M102 183")).toBe(true);
    expect(litAreaPaths("cheeks", "left")).toHaveLength(1);
    expect(litAreaPaths("cheeks", "both")).toHaveLength(2);
    expect(litAreaPaths("forehead", "center")).toHaveLength(1);
    // A midline zone's area is drawn whole: its left half and that half's mirror.
    expect(zoneAreaPath("forehead", "left")).toContain(" 100 57");
    expect(zoneAreaPath("forehead", "left")).toContain(" 140 57");
  });

  it("keeps the neck's zone on the neck, inside its outline (x 80 and more on the left)", () => {
    const a = ZONE_ART["neck-sides"];
    for (const [x] of [...a.area, ...a.lines.flat(), ...a.flow])
      expect(x).toBeGreaterThanOrEqual(80);
  });
});
