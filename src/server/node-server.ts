import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { smtpMailer } from "./auth/mailer.ts";
import { workerStrengthChecker } from "./auth/password-strength.ts";
import type { Config } from "./config.ts";
import { absoluteAlternates } from "./http/absolute-alternates.ts";
import { compressedAssets } from "./http/compressed-assets.ts";
import { limitConnections } from "./http/connection-limits.ts";
import { fsAssets } from "./http/fs-assets.ts";
import type { Logger } from "./logger.ts";
import { openWhenReachable } from "./store/open-when-reachable.ts";

/** How long in-flight requests get to finish once a stop is asked for. */
export const shutdownGraceMs = 10_000;

/** A running server: where it listens and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting, lets in-flight requests finish, closes the database. */
  close(): Promise<void>;
}

/** Binds the fetch app to Node's HTTP server, once the database is reachable and migrated. */
export async function startServer(
  config: Config,
  logger: Logger,
  webDir: string,
): Promise<RunningServer> {
  const store = await openWhenReachable(
    {
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      onConnectionError: (err) =>
        logger.warn("database connection lost", {
          error: String(err),
          code: (err as { code?: unknown }).code,
        }),
    },
    logger,
  );
  const mailer = config.smtpUrl ? await smtpMailer(config.smtpUrl, config.mailFrom) : undefined;
  const strength = workerStrengthChecker();
  const app = createApp({
    store,
    logger,
    assets: compressedAssets(absoluteAlternates(fsAssets(webDir), config.publicUrl)),
    secureCookies: config.secureCookies,
    quota: { maxRecords: config.maxRecords, maxBytes: config.maxAccountBytes },
    trustProxy: config.trustProxy,
    sessionMaxAgeMs: config.sessionMaxDays * 24 * 60 * 60 * 1000,
    strength,
    ...(mailer ? { mailer } : {}),
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
    s.once("error", reject);
  });
  limitConnections(server as Server, config.maxConnections);
  const port = (server.address() as AddressInfo).port;
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          const http = server as Server;
          // A keep-alive socket that finishes its request after close() began would otherwise
          // hold the server open until its idle timeout: close such sockets as they go idle, and
          // give requests that never finish a hard deadline.
          const sweep = setInterval(() => http.closeIdleConnections(), 50);
          const deadline = setTimeout(() => http.closeAllConnections(), shutdownGraceMs);
          http.close(() => {
            clearInterval(sweep);
            clearTimeout(deadline);
            resolve();
          });
          http.closeIdleConnections();
        });
        await Promise.all([store.close(), strength.close()]);
        mailer?.close();
      })();
      return closing;
    },
  };
}
