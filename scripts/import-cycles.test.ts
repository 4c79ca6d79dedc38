import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph, importsOf } from "./import-cycles.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("import cycles", () => {
  it("reads static, re-exported, side-effect and dynamic imports, with or without a query", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      'export { c } from "./c.ts";',
      'import "./d.css";',
      'const e = () => import("./e.tsx");',
      'import url from "./f.ts?worker&url";',
      'import { g } from "preact";',
    ].join("\n");
    expect(importsOf(text)).toEqual([
      "./a.ts",
      "../b.ts",
      "./c.ts",
      "./d.css",
      "./e.tsx",
      "./f.ts",
    ]);
  });

  it("finds a cycle of three files and a file that imports itself, and nothing in a chain", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts", "d.ts"]],
      ["d.ts", ["e.ts"]],
      ["e.ts", []],
      ["f.ts", ["f.ts"]],
    ]);
    expect(importCycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"], ["f.ts"]]);
  });

  it("finds none between the project's files", () => {
    const graph = importGraph(root, ["src", "test", "bench", "scripts"]);
    expect(graph.size).toBeGreaterThan(400);
    expect(importCycles(graph)).toEqual([]);
  });
});
