import { describe, expect, it } from "vitest";
import { formatStartHint, parseStartHint } from "./start-hint.ts";

describe("the start hint", () => {
  it("reads back what it wrote", () => {
    expect(parseStartHint(formatStartHint({ home: "today", locale: "de" }))).toEqual({
      home: "today",
      locale: "de",
    });
    expect(parseStartHint("welcome.es")).toEqual({ home: "welcome", locale: "es" });
  });

  it("leaves out a part it does not know, and anything from no cookie", () => {
    expect(parseStartHint("today.fr")).toEqual({ home: "today" });
    expect(parseStartHint("progress.en")).toEqual({ locale: "en" });
    expect(parseStartHint("")).toEqual({});
    expect(parseStartHint(undefined)).toEqual({});
    expect(parseStartHint("today")).toEqual({ home: "today" });
  });
});
