// Builds the app when dist/ is missing or older than any source file, so `npm start` and
// `npx nura` always run what is in src/. Used by the prepare and prestart scripts.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outputs = ["dist/node/cli/main.js", "dist/web/index.html"].map((p) => join(root, p));
const inputs = ["src", "package.json", "vite.config.ts", "tsconfig.json", "scripts/build-node.mjs"];

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const built = outputs.every((p) => existsSync(p));
const builtAt = built ? Math.min(...outputs.map((p) => statSync(p).mtimeMs)) : 0;
const changedAt = Math.max(
  ...inputs
    .map((p) => join(root, p))
    .filter(existsSync)
    .map(newest),
);

if (built && builtAt >= changedAt) process.exit(0);
if (!existsSync(join(root, "node_modules/.bin/vite"))) {
  console.error("nura: dependencies are missing; run `npm install` first.");
  process.exit(1);
}
console.log(built ? "Sources changed since the last build; rebuilding…" : "Building Nura…");
const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);
