import { describe, expect, it } from "vitest";
import { isCurrent, mainNav } from "./main-nav.ts";

const current = (path: string | undefined) =>
  mainNav.filter((item) => isCurrent(item, path)).map((i) => `${i.label()}:${i.place}`);

describe("the main navigation's current entry", () => {
  it("marks Today only at the start, and each section below its address", () => {
    expect(current("/")).toEqual(["Today:both"]);
    expect(current("/learn/guides/lymphatic-drainage-order")).toEqual(["Learn:both"]);
    expect(current("/progress/check-in")).toEqual(["Progress:both"]);
    expect(current("/routinesx")).toEqual([]);
    expect(current(undefined)).toEqual([]);
  });

  it("marks Menu on a phone and the entry itself in the side bar for Account and Settings", () => {
    expect(current("/account")).toEqual(["Menu:tabs", "Account:side"]);
    expect(current("/account/reset")).toEqual(["Menu:tabs", "Account:side"]);
    expect(current("/settings")).toEqual(["Menu:tabs", "Settings:side"]);
    expect(current("/programme")).toEqual(["Menu:tabs"]);
  });

  it("gives a phone five tabs and the side bar six entries", () => {
    expect(mainNav.filter((i) => i.place !== "side").map((i) => i.label())).toEqual([
      "Today",
      "Routines",
      "Progress",
      "Learn",
      "Menu",
    ]);
    expect(mainNav.filter((i) => i.place !== "tabs")).toHaveLength(6);
  });
});
