import { describe, expect, it } from "vitest";
import { acceptedLanguages } from "./start-shell.ts";

describe("acceptedLanguages", () => {
  it("orders a browser's languages by weight, keeping the header's order among equals", () => {
    expect(acceptedLanguages("fr-CH, fr;q=0.9, de;q=0.9, en;q=0.8, *;q=0.5")).toEqual([
      "fr-CH",
      "fr",
      "de",
      "en",
    ]);
    expect(acceptedLanguages("en;q=0.2,es-MX")).toEqual(["es-MX", "en"]);
  });

  it("leaves out what is refused or unreadable, and reads no header as none", () => {
    expect(acceptedLanguages("de;q=0, es;q=abc, , en")).toEqual(["en"]);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages("")).toEqual([]);
  });
});
