import { describe, expect, it } from "vitest";
import { webcalAddress } from "./calendar-panel.tsx";

describe("the calendar subscription link", () => {
  it("hands the address to the calendar app with the webcal scheme", () => {
    expect(webcalAddress("https://nura.example/api/calendar/abc.ics")).toBe(
      "webcal://nura.example/api/calendar/abc.ics",
    );
    expect(webcalAddress("http://127.0.0.1:3000/api/calendar/abc.ics")).toBe(
      "webcal://127.0.0.1:3000/api/calendar/abc.ics",
    );
  });
});
