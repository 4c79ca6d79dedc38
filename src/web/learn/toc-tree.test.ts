import { describe, expect, it } from "vitest";
import { tocTree } from "./toc-tree.ts";

describe("tocTree", () => {
  it("nests subsections under the section before them", () => {
    const h = (id: string, depth: 2 | 3) => ({ id, text: id, depth });
    const tree = tocTree([h("a", 3), h("b", 2), h("b1", 3), h("b2", 3), h("c", 2)]);
    expect(tree.map((s) => [s.entry.id, s.children.map((c) => c.id)])).toEqual([
      ["a", []],
      ["b", ["b1", "b2"]],
      ["c", []],
    ]);
  });
});
