import type { BrowserContext } from "playwright-core";

/**
 * Blocks every request to another origin in a browser context and remembers each one tried,
 * so a test can assert that nothing was even attempted (the models and their WebAssembly must
 * come from our own server).
 */
export async function blockOutside(context: BrowserContext, origin: string): Promise<string[]> {
  const tried: string[] = [];
  await context.route(
    (url) => url.origin !== origin && (url.protocol === "http:" || url.protocol === "https:"),
    (route) => {
      tried.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  return tried;
}
