import { describe, expect, it } from "vitest";
import { appPath, localePath, pathLocale } from "./locale-path.ts";

describe("language prefixes", () => {
  it("reads the language of a prefixed address, and none for English or other words", () => {
    expect(pathLocale("/es/learn/guides")).toBe("es");
    expect(pathLocale("/de")).toBe("de");
    expect(pathLocale("/en/learn")).toBeUndefined();
    expect(pathLocale("/learn/guides")).toBeUndefined();
    expect(pathLocale("/design")).toBeUndefined();
  });

  it("turns addresses into app paths and back", () => {
    expect(appPath("/de/learn/guides/sunscreen-basics")).toBe("/learn/guides/sunscreen-basics");
    expect(appPath("/es")).toBe("/");
    expect(appPath("/learn")).toBe("/learn");
    expect(localePath("de", "/learn/guides")).toBe("/de/learn/guides");
    expect(localePath("es", "/")).toBe("/es");
    expect(localePath("en", "/learn/guides")).toBe("/learn/guides");
  });
});
