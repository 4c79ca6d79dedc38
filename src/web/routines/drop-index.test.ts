import { describe, expect, it } from "vitest";
import { dropIndex, shiftFor } from "./drop-index.ts";

const centres = [25, 75, 125, 175];

describe("where a dragged row lands", () => {
  it("stays put until the row's centre passes a neighbour's", () => {
    expect(dropIndex(centres, 1, 75)).toBe(1);
    expect(dropIndex(centres, 1, 124)).toBe(1);
    expect(dropIndex(centres, 1, 126)).toBe(2);
    expect(dropIndex(centres, 1, 24)).toBe(0);
  });

  it("goes as far as it is dragged, and no further than the ends", () => {
    expect(dropIndex(centres, 0, 500)).toBe(3);
    expect(dropIndex(centres, 3, -40)).toBe(0);
    expect(dropIndex([40], 0, 900)).toBe(0);
  });

  it("moves the rows in between out of the way", () => {
    expect([0, 1, 2, 3].map((i) => shiftFor(i, 1, 3, 50))).toEqual([0, 0, -50, -50]);
    expect([0, 1, 2, 3].map((i) => shiftFor(i, 3, 1, 50))).toEqual([0, 50, 50, 0]);
    expect([0, 1, 2, 3].map((i) => shiftFor(i, 2, 2, 50))).toEqual([0, 0, 0, 0]);
  });
});
