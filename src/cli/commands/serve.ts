import { createLogger } from "../../server/logger.ts";
import { startServer } from "../../server/node-server.ts";
import { type CliContext, exitCode } from "../command.ts";
import { readServerConfig } from "../server-config.ts";

/** `nura serve`: migrates, serves the app and API, and shuts down cleanly on SIGINT/SIGTERM. */
export async function run(ctx: CliContext): Promise<number> {
  if (ctx.argv.includes("--help")) {
    ctx.stdout("Usage: nura serve\n\nConfigured by environment variables; see README.md.\n");
    return exitCode.ok;
  }
  const config = readServerConfig(ctx);
  if (!config) return exitCode.usage;
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
