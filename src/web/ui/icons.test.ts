import type { IconNode } from "lucide";
import { rolldown } from "rolldown";
import { describe, expect, it } from "vitest";
import * as icons from "./icons.ts";

const iconsModule = new URL("./icons.ts", import.meta.url).pathname;
const iconModule = new URL("./icon.tsx", import.meta.url).pathname;

/** Bundles, minified, a page that imports the Icon component and two icons from icons.ts. */
async function bundleTwoIcons(): Promise<{ code: string; lucideFiles: string[] }> {
  const bundle = await rolldown({
    input: "page",
    // Preact is shared by every page; the stylesheet is not code.
    external: [/^preact/, /\.css$/],
    transform: { jsx: { runtime: "automatic", importSource: "preact" } },
    plugins: [
      {
        name: "page",
        resolveId: (id) => (id === "page" ? id : null),
        load: (id) =>
          id === "page"
            ? `import { House, Plus } from ${JSON.stringify(iconsModule)};
               import { Icon } from ${JSON.stringify(iconModule)};
               export const page = [Icon({ icon: House }), Icon({ icon: Plus })];`
            : null,
      },
    ],
    logLevel: "silent",
  });
  const { output } = await bundle.generate({ format: "esm", minify: true });
  await bundle.close();
  const lucideFiles = output[0].moduleIds
    .filter((id) => id.includes("/lucide/"))
    .map((id) => id.slice(id.lastIndexOf("/") + 1));
  return { code: output[0].code, lucideFiles };
}

describe("icons", () => {
  it("are all Lucide icon nodes: SVG shapes with their attributes", () => {
    for (const icon of Object.values(icons) as IconNode[]) {
      expect(icon.length).toBeGreaterThan(0);
      for (const [tag, attrs] of icon) {
        expect(tag).toMatch(/^(path|circle|rect|line|polyline|ellipse)$/);
        expect(Object.keys(attrs).length).toBeGreaterThan(0);
      }
    }
  });

  it("tree-shake: a page that uses two icons carries those two and no other", async () => {
    const { code, lucideFiles } = await bundleTwoIcons();
    expect(lucideFiles.sort()).toEqual(["house.mjs", "plus.mjs"]);
    expect(code).toContain(icons.House[1]?.[1].d);
    // The Icon component and two icons, minified: a few hundred bytes, not Lucide's 4,000 icons.
    expect(code.length).toBeLessThan(1500);
  });
});
