import { describe, expect, it } from "vitest";
import { countWords, readMinutes } from "./read-time.ts";

describe("read time", () => {
  it("counts words with inner apostrophes and hyphens as one", () => {
    expect(countWords("It's a well-known, 5-minute routine.")).toBe(5);
    expect(countWords("")).toBe(0);
  });

  it("rounds up at 200 words a minute, never below 1", () => {
    expect(readMinutes(0)).toBe(1);
    expect(readMinutes(200)).toBe(1);
    expect(readMinutes(201)).toBe(2);
    expect(readMinutes(1000)).toBe(5);
  });
});
