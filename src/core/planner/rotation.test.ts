import { describe, expect, it } from "vitest";
import type { LocalDate } from "../time/local-date.ts";
import { choiceDays, everyday, rotate, rotationOf, swapOn } from "./rotation.ts";

describe("rotation", () => {
  it("walks three variants day by day, the same for every slot of a day", () => {
    const days = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"] as LocalDate[];
    expect(days.map(rotationOf)).toEqual([2, 0, 1, 2]);
    expect(rotationOf("1969-12-31" as LocalDate)).toBe(2);
  });

  it("gives the choices of a plan days 0, 1, 2 in order, so any two differ", () => {
    expect([...choiceDays(["a", "b", "a", "c", "d"])]).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 2],
      ["d", 0],
    ]);
  });

  it("takes a zone's second everyday movement on its day only, and keeps mornings to circles", () => {
    const days = choiceDays(["temples", "signatures"]);
    expect(everyday("temples", 0, days, "drainage")).toEqual(["pressure-points", "small-circles"]);
    expect(everyday("temples", 1, days, "drainage")).toEqual(["small-circles", "pressure-points"]);
    expect(everyday("temples", 0, days, "wake-up")).toEqual(["small-circles"]);
    expect(everyday("cheeks", 1, days, "drainage")).toEqual(["small-circles", "strokes"]);
    expect(everyday("mouth", 1, days, "drainage")).toEqual(["strokes"]);
  });

  it("swaps a pair on its day and rotates a list to the day's turn", () => {
    expect(swapOn(["a", "b"], 2, 2)).toEqual(["b", "a"]);
    expect(swapOn(["a", "b"], 1, 2)).toEqual(["a", "b"]);
    expect(rotate(["a", "b", "c"], 4)).toEqual(["b", "c", "a"]);
  });
});
