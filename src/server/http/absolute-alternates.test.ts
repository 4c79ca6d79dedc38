import { describe, expect, it } from "vitest";
import { absoluteAlternates } from "./absolute-alternates.ts";
import type { AssetSource } from "./static-assets.ts";

const page = `<html lang="es"><head><link rel="alternate" hreflang="en" href="/learn/guides"><link rel="alternate" hreflang="es" href="/es/learn/guides"><link rel="alternate" hreflang="x-default" href="/learn/guides"><link rel="stylesheet" href="/assets/a.css"></head></html>`;

const source: AssetSource = {
  async read(path) {
    const text = path.endsWith(".html") ? page : "body { color: red }";
    return { body: new TextEncoder().encode(text), mtimeMs: 1 };
  },
};

const text = async (s: AssetSource, path: string) =>
  new TextDecoder().decode((await s.read(path))?.body);

describe("absoluteAlternates", () => {
  it("writes the public origin into a page's hreflang links only", async () => {
    const served = await text(
      absoluteAlternates(source, "https://nura.example/"),
      "/es/index.html",
    );
    expect(served).toContain('hreflang="en" href="https://nura.example/learn/guides"');
    expect(served).toContain('hreflang="es" href="https://nura.example/es/learn/guides"');
    expect(served).toContain('hreflang="x-default" href="https://nura.example/learn/guides"');
    expect(served).toContain('rel="stylesheet" href="/assets/a.css"');
  });

  it("leaves other files, and everything without a public address, as they are", async () => {
    expect(await text(absoluteAlternates(source, "https://nura.example"), "/a.css")).toBe(
      "body { color: red }",
    );
    expect(await text(absoluteAlternates(source, undefined), "/index.html")).toBe(page);
  });
});
