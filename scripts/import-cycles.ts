import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** A file and the files it imports (relative imports only; packages cannot form a cycle with us). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

// Static imports and re-exports (`import … from`, `export … from`, `import "…"`), and dynamic
// `import("…")`: a lazily loaded screen that imports its loader back is a cycle too.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"'?]+)(?:\?[^"']*)?["']/g;

/** The relative import specifiers of one source text. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1] as string);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return e.name === "node_modules" || e.name === "fixtures" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The import graph of every TypeScript file under `dirs`, keyed by path relative to `root`. */
export function importGraph(root: string, dirs: readonly string[]): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap((d) => sourceFiles(join(root, d)))) {
    const from = dirname(file);
    graph.set(
      relative(root, file),
      importsOf(readFileSync(file, "utf8"))
        .filter((s) => /\.(ts|tsx|mjs)$/.test(s))
        .map((s) => relative(root, resolve(from, s))),
    );
  }
  return graph;
}

/**
 * Every import cycle, as the files of each strongly connected component of more than one file
 * (or a file that imports itself), found with Tarjan's algorithm. Sorted, so a failure reads the
 * same each run.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (;;) {
      const w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
      if (w === v) break;
    }
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}
