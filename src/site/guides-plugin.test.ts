import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Rollup } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { guidesPlugin } from "./guides-plugin.ts";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const root = mkdtempSync(join(tmpdir(), "nura-guides-plugin-"));
writeFileSync(
  join(root, "index.html"),
  '<!doctype html><html lang="en"><head><meta name="description" content="d"><title>t</title><script type="module" src="./main.js"></script></head><body><div id="app"></div></body>',
);
writeFileSync(
  join(root, "main.js"),
  [
    'import "./app.css";',
    'import { loaders } from "virtual:nura-guides";',
    'import { loaders as words } from "virtual:nura-guide-search";',
    "globalThis.loaders = [loaders, words];",
  ].join("\n"),
);
writeFileSync(join(root, "app.css"), "body { color: black; }\n");
// Stands in for web/start-after-paint.ts.
writeFileSync(join(root, "page-script.js"), 'document.documentElement.dataset.enhanced = "1";\n');

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function buildWith(dir: string): Promise<Rollup.RollupOutput> {
  const out = await build({
    configFile: false,
    root,
    logLevel: "silent",
    build: { write: false, outDir: join(root, "dist") },
    plugins: [guidesPlugin({ dir, script: join(root, "page-script.js") })],
  });
  return (Array.isArray(out) ? out[0] : out) as Rollup.RollupOutput;
}

describe("guidesPlugin in a Vite build", () => {
  it("pre-renders a page per guide and the list with the app's screens, in the app's index.html", async () => {
    const output = await buildWith(fixture("good"));
    const files = new Map(output.output.map((f) => [f.fileName, f]));
    expect([...files.keys()].filter((f) => f.startsWith("learn/")).sort()).toEqual([
      "learn/guides/first/index.html",
      "learn/guides/index.html",
      "learn/guides/second/index.html",
      "learn/index.html",
    ]);
    const hub = files.get("learn/index.html");
    const hubHtml = hub?.type === "asset" ? String(hub.source) : "";
    expect(hubHtml).toContain("<title>Learn · Nura</title>");
    expect(hubHtml).toContain("<h1>Learn</h1>");
    expect(hubHtml).toContain('<a href="/learn/techniques/strokes">');
    const page = files.get("learn/guides/first/index.html");
    const html = page?.type === "asset" ? String(page.source) : "";
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/index-[\w-]+\.css">/);
    expect(html).toContain("<title>First · Nura</title>");
    expect(html).toMatch(/<meta name="nura-app" content="\/assets\/index-[\w-]+\.js">/);
    expect(html).toContain('<div id="app" data-prerendered><a class="skip-link" href="#main">');
    expect(html).toContain(
      '<span class="read-time" title="at 200 words a minute">1 min read</span>',
    );
    expect(html).toContain('<a href="/learn/guides/second">Second</a>');
    expect(html).toMatch(/<script type="module" src="\/assets\/learn-static-[\w-]+\.js">/);
    const list = files.get("learn/guides/index.html");
    expect(list?.type === "asset" ? String(list.source) : "").toMatch(
      /<script type="module" src="\/assets\/learn-static-[\w-]+\.js">/,
    );
  });

  it("pre-renders each translation under its language's prefix, each page naming its languages", async () => {
    const output = await buildWith(fixture("good"));
    const files = new Map(output.output.map((f) => [f.fileName, f]));
    expect([...files.keys()].filter((f) => f.startsWith("es/")).sort()).toEqual([
      "es/learn/guides/first/index.html",
      "es/learn/guides/index.html",
      "es/learn/guides/second/index.html",
      "es/learn/index.html",
    ]);
    const source = (name: string) => {
      const f = files.get(name);
      return f?.type === "asset" ? String(f.source) : "";
    };
    const page = source("es/learn/guides/first/index.html");
    expect(page).toContain('<html lang="es">');
    expect(page).toContain("<title>Primera · Nura</title>");
    expect(page).toContain('<meta name="description" content="Una guía pequeña."');
    expect(page).toContain('<link rel="alternate" hreflang="en" href="/learn/guides/first">');
    expect(page).toContain('<link rel="alternate" hreflang="es" href="/es/learn/guides/first">');
    expect(page).toContain(
      '<link rel="alternate" hreflang="x-default" href="/learn/guides/first">',
    );
    // Only the languages the guides are written in: this fixture has no German.
    expect(page).not.toContain('hreflang="de"');
    expect(page).toContain(
      '<span class="read-time" title="a 200 palabras por minuto">1 min de lectura</span>',
    );
    expect(page).toContain('<a href="/es/learn/guides/second">Segunda</a>');
    const list = source("es/learn/guides/index.html");
    expect(list).toContain("<title>Guías · Nura</title>");
    const hub = source("es/learn/index.html");
    expect(hub).toContain("<title>Aprende · Nura</title>");
    expect(hub).toContain('<link rel="alternate" hreflang="es" href="/es/learn">');
    expect(hub).toContain('<a href="/es/learn/guides">');
    expect(list).toContain('<link rel="alternate" hreflang="es" href="/es/learn/guides">');
    expect(source("learn/guides/first/index.html")).toContain(
      '<link rel="alternate" hreflang="es" href="/es/learn/guides/first">',
    );
  });

  it("gives the app each language's guides and search words as a chunk of its own", async () => {
    const output = await buildWith(fixture("good"));
    const chunk = (prefix: string) => {
      const found = output.output.find((f) => f.fileName.startsWith(`assets/${prefix}-`));
      return found?.type === "chunk" ? found.code : "";
    };
    expect(chunk("_virtual_nura-guides-es")).toContain("Segunda");
    expect(chunk("_virtual_nura-guides-es")).not.toContain("Second");
    expect(chunk("_virtual_nura-guides-en")).toContain("Second");
    // German is not translated in this fixture: it reads the English guides.
    expect(chunk("_virtual_nura-guides-de")).toContain("Second");
    expect(chunk("_virtual_nura-guide-search-es")).toContain("flujo sanguíneo");
  });

  it("fails the build on an overclaim in a translation", async () => {
    await expect(buildWith(fixture("translations"))).rejects.toThrow(
      /es\/detox\.md:10: .*states a grade D claim as fact/,
    );
  });

  it("fails the build with every broken link named", async () => {
    await expect(buildWith(fixture("broken-link"))).rejects.toThrow(
      /Guide checks failed \(3\)[\s\S]*no guide "missing"/,
    );
  });

  it("fails the build on a guide that overstates a claim", async () => {
    await expect(buildWith(fixture("overclaim"))).rejects.toThrow(
      /toxins\.md:10: .*states a grade D claim as fact/,
    );
  });
});
