import { describe, expect, it } from "vitest";
import { lineGuide } from "./guides.ts";
import { toolHold } from "./tool-hold.ts";

describe("how a hand holds a tool", () => {
  it("pulls a roller, the hand ahead on the line, the wrist bent so the sleeve hangs down and out", () => {
    // Outward and up, as across a cheek: the forearm leaves on the mirrored side, a little bent.
    const cheek = toolHold(
      "roller",
      lineGuide([
        [100, 180],
        [70, 150],
      ]),
    );
    expect([cheek.toolTurn, cheek.armTurn]).toEqual([180, -90]);
    expect(cheek.wristBend).toBeCloseTo(20, 6);
    // Straight down, as on the neck: the forearm leaves to the outside, bent up a little.
    const neck = toolHold(
      "roller",
      lineGuide([
        [80, 170],
        [80, 240],
      ]),
    );
    expect([neck.toolTurn, neck.armTurn]).toEqual([180, 90]);
    expect(neck.wristBend).toBeCloseTo(-65, 6);
  });

  it("lays the hand on a stone across its line, from outside the face", () => {
    expect(
      toolHold(
        "stone",
        lineGuide([
          [100, 180],
          [70, 150],
        ]),
      ).toolTurn,
    ).toBe(90);
    expect(
      toolHold(
        "stone",
        lineGuide([
          [100, 70],
          [70, 90],
        ]),
      ).toolTurn,
    ).toBe(-90);
  });

  it("leaves fingers alone", () => {
    expect(
      toolHold(
        "flat",
        lineGuide([
          [100, 180],
          [70, 150],
        ]),
      ),
    ).toEqual({
      toolTurn: 0,
      armTurn: 0,
      wristBend: 0,
    });
  });
});
