import { ConfigError, loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { startServer } from "../../server/node-server.ts";
import { type CliContext, exitCode } from "../command.ts";

/** `nura serve`: migrates, serves the app and API, and shuts down cleanly on SIGINT/SIGTERM. */
export async function run(ctx: CliContext): Promise<number> {
  if (ctx.argv.includes("--help")) {
    ctx.stdout("Usage: nura serve\n\nConfigured by environment variables; see README.md.\n");
    return exitCode.ok;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(ctx.env, ctx.cwd);
  } catch (err) {
    if (err instanceof ConfigError) {
      ctx.stderr(`nura: ${err.message}\n`);
      return exitCode.usage;
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger, config.webDir ?? ctx.webDir);
  const stopped = new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      logger.info("stopping", { signal });
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      server.close().then(
        () => resolve(exitCode.ok),
        (err: unknown) => {
          logger.error("shutdown failed", { error: String(err) });
          resolve(exitCode.failure);
        },
      );
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  // Announced only once the signal handlers are in place: whoever waits for this line may
  // stop the server straight away.
  ctx.stdout(`Nura is running at ${server.url}\n`);
  logger.info("listening", { url: server.url, db: config.databaseUrl ? "postgres" : "sqlite" });
  return stopped;
}
