import { describe, expect, it } from "vitest";
import { languageSetting, readLanguageSetting } from "./language-setting.ts";

describe("the language setting", () => {
  it("reads back what it stores", () => {
    expect(languageSetting("de")).toEqual({ schemaVersion: 1, locale: "de" });
    expect(readLanguageSetting(languageSetting("es"))).toBe("es");
  });

  it("reads nothing from an absent, damaged or unknown section", () => {
    expect(readLanguageSetting(undefined)).toBeUndefined();
    expect(readLanguageSetting("de")).toBeUndefined();
    expect(readLanguageSetting({ schemaVersion: 2, locale: "fr" })).toBeUndefined();
  });
});
