import { describe, expect, it } from "vitest";
import { formatDuration, formatList, formatNumber } from "./format-number.ts";

describe("formatNumber", () => {
  it("uses each language's separators", () => {
    expect(formatNumber("de", 1234.5)).toBe("1.234,5");
    expect(formatNumber("en", 1234.5)).toBe("1,234.5");
    expect(formatNumber("es", 0.2, { minimumFractionDigits: 1 })).toBe("0,2");
  });
});

describe("formatList", () => {
  it("joins with the language's own 'and' and 'or'", () => {
    expect(formatList("es", ["frente", "cejas", "sienes"])).toBe("frente, cejas y sienes");
    expect(formatList("de", ["Stirn", "Brauen"])).toBe("Stirn und Brauen");
    expect(formatList("en", ["a", "b"], "disjunction")).toBe("a or b");
    expect(formatList("en", ["cheeks"])).toBe("cheeks");
  });
});

describe("formatDuration", () => {
  it("says minutes and seconds in words, each in the singular or plural it needs", () => {
    expect(formatDuration("en", 450)).toBe("7 minutes and 30 seconds");
    expect(formatDuration("es", 61)).toBe("1 minuto y 1 segundo");
    expect(formatDuration("de", 120)).toBe("2 Minuten");
    expect(formatDuration("de", 0)).toBe("0 Sekunden");
  });

  it("shortens the units for tables", () => {
    expect(formatDuration("es", 450, "short")).toBe("7 min 30 s");
  });
});
