import { type Config, loadConfig } from "../server/config.ts";
import { ConfigError } from "../server/config-error.ts";
import type { CliContext } from "./command.ts";

/**
 * The server's configuration from the environment, or undefined once what is wrong has been
 * printed (the command then exits 2). Shared by `nura serve` and `nura migrate`.
 */
export function readServerConfig(ctx: CliContext): Config | undefined {
  try {
    return loadConfig(ctx.env, ctx.cwd);
  } catch (err) {
    if (err instanceof ConfigError) {
      ctx.stderr(`nura: ${err.message}\n`);
      return undefined;
    }
    throw err;
  }
}
