import { fileURLToPath } from "node:url";
import { runCli } from "./run-cli.ts";

// Built to dist/node/cli/main.js; the web app is built beside it to dist/web.
const webDir = fileURLToPath(new URL("../../web/", import.meta.url));

const code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  webDir,
});
process.exitCode = code;
