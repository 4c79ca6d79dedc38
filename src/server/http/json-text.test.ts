import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonTextProblem } from "./json-text.ts";

describe("jsonTextProblem", () => {
  it("passes ordinary bodies, tabs and new lines included", () => {
    expect(jsonTextProblem('{"a":[1,{"b":"x\\ty\\nz\\r"}],"c":"\\u00e9\\u0009"}', 3)).toBeNull();
  });

  it("refuses nesting past the limit, counting objects and arrays alike", () => {
    expect(jsonTextProblem("[[{}]]", 3)).toBeNull();
    expect(jsonTextProblem("[[{[]}]]", 3)).toEqual({ kind: "too-deep", maxDepth: 3 });
    expect(jsonTextProblem(`${"[".repeat(100_000)}${"]".repeat(100_000)}`, 24)).toEqual({
      kind: "too-deep",
      maxDepth: 24,
    });
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(jsonTextProblem('{"a":"[[[[\\"[[[["}', 1)).toBeNull();
  });

  it.each([
    ['{"email":"a\\u0000@b.org"}'],
    ['{"note":"\\u001F"}'],
    ['{"note":"\\b"}'],
    ['{"note":"\\f"}'],
    ['{"k\\u0001":1}'],
    [`{"raw":"a${String.fromCharCode(1)}"}`],
  ])("refuses a control character in %s", (text) => {
    expect(jsonTextProblem(text, 8)).toEqual({ kind: "control-character" });
  });

  it("agrees with a recursive walk of the parsed value on any JSON", () => {
    const depthOf = (v: unknown): number =>
      typeof v === "object" && v !== null
        ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf))
        : 0;
    const hasControl = (v: unknown): boolean =>
      typeof v === "string"
        ? [...v].some((ch) => {
            const code = ch.charCodeAt(0);
            return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
          })
        : typeof v === "object" && v !== null
          ? Object.entries(v as object).some(([k, x]) => hasControl(k) || hasControl(x))
          : false;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 6 }), (value, max) => {
        const problem = jsonTextProblem(JSON.stringify(value), max);
        const expected = hasControl(value)
          ? "control-character"
          : depthOf(value) > max
            ? "too-deep"
            : null;
        // Both problems may be present; the scan reports whichever comes first in the text.
        if (expected === null) expect(problem).toBeNull();
        else if (hasControl(value) && depthOf(value) > max) expect(problem).not.toBeNull();
        else expect(problem?.kind).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
