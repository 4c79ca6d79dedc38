import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale.ts";

describe("negotiateLocale", () => {
  it("takes the first preferred language Nura speaks, regional variants included", () => {
    expect(negotiateLocale(["de-AT", "en-US"])).toBe("de");
    expect(negotiateLocale(["fr-FR", "es-MX", "de"])).toBe("es");
    expect(negotiateLocale(["ES"])).toBe("es");
    expect(negotiateLocale(["de_DE.UTF-8"])).toBe("de");
  });

  it("falls back to English when no preferred language is one of ours", () => {
    expect(negotiateLocale(["fr", "it-IT"])).toBe("en");
    expect(negotiateLocale([])).toBe("en");
    expect(negotiateLocale([""])).toBe("en");
  });
});
