#!/usr/bin/env node
// The `nura` command. The TypeScript sources are bundled into dist/ by `npm run build`
// (which `npm install` runs through the prepare script).
import { existsSync } from "node:fs";

const main = new URL("../dist/node/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("nura: not built yet; run `npm run build` in the project folder first.\n");
  process.exit(1);
}
await import(main.href);
