import { describe, expect, it } from "vitest";
import { risingSeqs } from "./pull-page.ts";

describe("risingSeqs", () => {
  it("accepts seqs that rise throughout, compared as numbers", () => {
    expect(risingSeqs("1,2,10,11")).toBe(true);
    expect(risingSeqs("7")).toBe(true);
    expect(risingSeqs(null)).toBe(true);
    expect(risingSeqs("")).toBe(true);
  });

  it("refuses seqs out of order or repeated, so the page is read again sorted", () => {
    expect(risingSeqs("1,10,2")).toBe(false);
    expect(risingSeqs("3,3")).toBe(false);
    expect(risingSeqs("2,1")).toBe(false);
  });
});
