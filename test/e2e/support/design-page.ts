import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { build } from "vite";

const webRoot = fileURLToPath(new URL("../../../src/web", import.meta.url));

/**
 * Builds the /design style page on its own into `outDir` (the app's build never includes it),
 * so a browser test can load it without `npm run dev`. Only the Preact plugin: the page needs
 * neither the guides nor the service worker.
 */
export async function buildDesignPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: webRoot,
    logLevel: "warn",
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      rollupOptions: { input: join(webRoot, "design/design.html") },
    },
  });
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".woff2": "font/woff2",
};

/** Serves `dir` as static files on a free local port, under the same CSP as the app. */
export async function serveStatic(
  dir: string,
  headers: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, {
        "content-type": types[extname(path)] ?? "application/octet-stream",
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
