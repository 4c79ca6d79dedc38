import { describe, expect, it } from "vitest";
import { isEmptyCheckin } from "./empty-checkin.ts";

describe("an empty check-in", () => {
  it("is one with no rating, no reaction and no note", () => {
    expect(isEmptyCheckin({ ratings: {}, reactions: [], note: "  " })).toBe(true);
    expect(isEmptyCheckin({ ratings: { puffiness: undefined }, reactions: [], note: "" })).toBe(
      true,
    );
  });

  it("is not one with any of them", () => {
    expect(isEmptyCheckin({ ratings: { tension: 2 }, reactions: [], note: "" })).toBe(false);
    expect(
      isEmptyCheckin({ ratings: {}, reactions: [{ kind: "redness", zone: "cheeks" }], note: "" }),
    ).toBe(false);
    expect(isEmptyCheckin({ ratings: {}, reactions: [], note: "new cream" })).toBe(false);
  });
});
