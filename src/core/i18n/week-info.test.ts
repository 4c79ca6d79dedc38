import { describe, expect, it } from "vitest";
import { firstDayOfWeek, weekdayOrder } from "./week-info.ts";

describe("firstDayOfWeek", () => {
  it("starts the week on Monday in British English, Spanish and German", () => {
    expect(firstDayOfWeek("en")).toBe(1);
    expect(firstDayOfWeek("es")).toBe(1);
    expect(firstDayOfWeek("de")).toBe(1);
  });

  it("orders a week's days from its first day", () => {
    expect(weekdayOrder("de")).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });
});
