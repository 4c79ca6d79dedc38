import { describe, expect, it } from "vitest";
import { escapeText, foldLine, toStream, utcOffset } from "./ics-text.ts";

const octets = (s: string): number => new TextEncoder().encode(s).length;

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a continuation", () => {
    const line = "X".repeat(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}Y`)).toBe(`${line}\r\n Y`);
  });

  it("never splits a UTF-8 sequence and keeps every physical line within 75 octets", () => {
    const line = `DESCRIPTION:${"Gesichtsmassage für Müde 😊 ".repeat(8)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(" ")).toBe(true);
    // Unfolding (RFC 5545 §3.1: remove CRLF followed by one space) gives the line back unchanged.
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(physical.join("")).not.toContain("\uFFFD");
  });
});

describe("escapeText and offsets", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b; c, d\ne")).toBe("a\\\\b\\; c\\, d\\ne");
  });

  it("writes offsets with a sign, hours and minutes", () => {
    expect(utcOffset(60)).toBe("+0100");
    expect(utcOffset(-300)).toBe("-0500");
    expect(utcOffset(330)).toBe("+0530");
  });

  it("ends every line with CRLF", () => {
    expect(toStream(["A:1", "B:2"])).toBe("A:1\r\nB:2\r\n");
  });
});
