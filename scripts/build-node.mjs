// Bundles the server and the `nura` command from src/ into dist/node/cli/main.js and its
// chunks (one per command, loaded when that command runs). One bundle starts in about half the
// time of loading Kysely, zod and Hono as hundreds of separate modules. Native modules stay
// outside the bundle and load from node_modules. Types are checked by `npm run typecheck`.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = fileURLToPath(new URL("../dist/node/cli", import.meta.url));

rmSync(fileURLToPath(new URL("../dist/node", import.meta.url)), { recursive: true, force: true });
await build({
  cwd: root,
  input: "src/cli/main.ts",
  platform: "node",
  // Native addons (and pg's optional native client) cannot be bundled.
  external: [/^node:/, "better-sqlite3", "pg", "pg-native", "@node-rs/argon2"],
  output: { dir: outDir, format: "esm", sourcemap: true, codeSplitting: true },
  logLevel: "warn",
});
