import { build, type Plugin, type Rollup } from "vite";
import { describe, expect, it } from "vitest";
import { screenChunks } from "./screen-chunks.ts";

/** A little app, held in memory (`/mem/<name>`). */
const files: Record<string, string> = {
  // The entry: a shared module it imports itself, and three screens loaded on demand.
  "main.js": [
    'import { shell } from "./shell.js";',
    'globalThis.go = (s) => s === "a" ? import("./screen-a.js") : s === "b" ? import("./screen-b.js") : import("./screen-c.js");',
    "globalThis.shell = shell;",
  ].join("\n"),
  // Each module reads something at run time, so the bundler cannot fold it away.
  "shell.js": 'export const shell = String(globalThis.name) + "shell";',
  "screen-a.js": [
    'import { onlyA } from "./only-a.js";',
    'import { both } from "./both.js";',
    'import { shell } from "./shell.js";',
    "export const a = onlyA + both + shell;",
  ].join("\n"),
  "screen-b.js": [
    'import { onlyB } from "./only-b.js";',
    'import { both } from "./both.js";',
    "export const b = onlyB + both;",
  ].join("\n"),
  // Not named: it shares a module with screen A and gets no chunk of its own for it.
  "screen-c.js": 'import { onlyA } from "./only-a.js"; export const c = onlyA;',
  // Deep: only-a imports a module of its own, which must land beside it.
  "only-a.js":
    'import { deep } from "./deep-a.js"; export const onlyA = String(globalThis.name) + deep;',
  "deep-a.js": 'export const deep = String(globalThis.name) + "deep";',
  "only-b.js": 'export const onlyB = String(globalThis.name) + "b";',
  "both.js": 'export const both = String(globalThis.name) + "both";',
};
const inMemory: Plugin = {
  name: "in-memory",
  enforce: "pre",
  resolveId: (id) => {
    const name = id.slice(id.lastIndexOf("/") + 1);
    return name in files ? `/mem/${name}` : null;
  },
  load: (id) => (id.startsWith("/mem/") ? files[id.slice("/mem/".length)] : null),
};

async function chunks(lean?: string): Promise<Map<string, string[]>> {
  const screens = screenChunks(
    { a: "/screen-a.js", b: "/screen-b.js" },
    { entry: "app", shared: "daily", ...(lean ? { lean } : {}) },
  );
  const out = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      rolldownOptions: {
        input: { index: "/mem/main.js" },
        output: {
          codeSplitting: { includeDependenciesRecursively: false, groups: [screens.group] },
        },
      },
    },
    plugins: [inMemory, screens.plugin],
  });
  const output = (Array.isArray(out) ? out[0] : out) as Rollup.RollupOutput;
  const byName = new Map<string, string[]>();
  for (const f of output.output) {
    if (f.type !== "chunk") continue;
    const modules = Object.keys(f.modules)
      .map((id) => id.slice(id.lastIndexOf("/") + 1))
      .sort();
    byName.set(f.name, modules);
  }
  return byName;
}

describe("screenChunks", () => {
  it("puts each named screen's own modules in its chunk, and what they share in one chunk", async () => {
    const byName = await chunks();
    expect(byName.get("a")).toEqual(["deep-a.js", "only-a.js", "screen-a.js"]);
    expect(byName.get("b")).toEqual(["only-b.js", "screen-b.js"]);
    expect(byName.get("daily")).toEqual(["both.js"]);
    // The entry's modules and the bundler's preload helper are one file; a script entry keeps its
    // own (a pre-rendered page's script must not load the app); a screen not named keeps its own.
    expect(byName.get("app")).toEqual(["preload-helper.js", "shell.js"]);
    expect(byName.get("index")).toEqual(["main.js"]);
    expect(byName.get("screen-c")).toEqual(["screen-c.js"]);
  });

  it("keeps what a lean screen shares apart from what only the others share", async () => {
    const byName = await chunks("b");
    expect(byName.get("b")).toEqual(["only-b.js", "screen-b.js"]);
    expect(byName.get("daily-b")).toEqual(["both.js"]);
    expect(byName.has("daily")).toBe(false);
  });
});
