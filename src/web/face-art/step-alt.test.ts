import { describe, expect, it } from "vitest";
import { stepAlt } from "./step-alt.ts";

describe("the picture's text alternative", () => {
  it("says the movement, the zone and the side", () => {
    expect(stepAlt({ zone: "temples", side: "both", technique: "small-circles" })).toBe(
      "Small circles with the fingertips on the temples, both sides",
    );
    expect(stepAlt({ zone: "masseter", side: "left", technique: "kneading" })).toBe(
      "Kneading with the fingers on the jaw muscle, left side",
    );
  });

  it("names the ring fingers under the eyes", () => {
    expect(stepAlt({ zone: "under-eyes", side: "both", technique: "tap" })).toBe(
      "Light tapping with the ring fingers on the area under the eyes, both sides",
    );
  });

  it("adds the direction for movements along lines, and a tool's one half at a time", () => {
    expect(stepAlt({ zone: "cheeks", side: "right", technique: "roller" })).toBe(
      "A facial roller rolling on the cheeks, right side, from the nose out to the ear",
    );
    expect(stepAlt({ zone: "forehead", side: "center", technique: "gua-sha" })).toBe(
      "A gua sha stone, held nearly flat, gliding on the forehead, one half, then the other, from the centre out to the temples",
    );
    expect(stepAlt({ zone: "mouth", side: "center", technique: "strokes" })).toBe(
      "Strokes with flat fingers on the area around the mouth, both sides, from the middle out to the corners",
    );
  });
});
