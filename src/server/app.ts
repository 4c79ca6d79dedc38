import { Hono } from "hono";
import type { AuthContext } from "./auth/auth-context.ts";
import { authRoutes } from "./auth/auth-routes.ts";
import type { Mailer } from "./auth/mailer.ts";
import { meRoutes } from "./auth/me-routes.ts";
import { type StrengthChecker, workerStrengthChecker } from "./auth/password-strength.ts";
import { defaultRateLimits, type RateLimits } from "./auth/rate-limit.ts";
import { securityLog } from "./auth/security-log.ts";
import { defaultSessionMaxAgeMs } from "./auth/session-store.ts";
import { calendarRoutes } from "./calendar/calendar-routes.ts";
import { type Clock, systemClock } from "./clock.ts";
import { AppError, toErrorResponse } from "./errors.ts";
import { bodySizeLimit } from "./http/body-size.ts";
import { errorHandler } from "./http/error-handler.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { type AssetSource, serveAsset } from "./http/static-assets.ts";
import { validPath } from "./http/valid-path.ts";
import type { Logger } from "./logger.ts";
import { silentLogger } from "./logger.ts";
import { healthRoutes } from "./routes/health.ts";
import { massageRoutes } from "./routes/massage.ts";
import type { Store } from "./store/store.ts";
import { exportRoutes } from "./sync/export-routes.ts";
import { defaultQuota, type Quota } from "./sync/quota.ts";
import { syncRoutes } from "./sync/sync-routes.ts";

/** What the app needs from the outside world; tests pass fakes. */
export interface AppDeps {
  readonly store: Store;
  readonly logger?: Logger;
  /** The built web app; omitted, only the API is served. */
  readonly assets?: AssetSource;
  /** The time source (session expiry, rate-limit windows); the system clock by default. */
  readonly clock?: Clock;
  /**
   * Cookies always Secure, under the `__Host-` name, and Strict-Transport-Security on every
   * answer (config NURA_SECURE_COOKIES): for a server reached only over https.
   */
  readonly secureCookies?: boolean;
  /** The limits on open endpoints; `defaultRateLimits` unless given. */
  readonly rateLimits?: RateLimits;
  /** What each account may store; `defaultQuota` unless given (config NURA_MAX_RECORDS, NURA_MAX_ACCOUNT_BYTES). */
  readonly quota?: Quota;
  /** Proxies in front whose X-Forwarded-For to trust (config NURA_TRUST_PROXY); 0 by default. */
  readonly trustProxy?: number;
  /** The longest a sign-in lasts (config NURA_SESSION_MAX_DAYS); 90 days by default. */
  readonly sessionMaxAgeMs?: number;
  /** Rates new passwords; a zxcvbn worker by default. */
  readonly strength?: StrengthChecker;
  /** Sends password-reset mail (config NURA_SMTP_URL); without one, resets go through the CLI. */
  readonly mailer?: Mailer;
  /** The origin people reach Nura at (config NURA_PUBLIC_URL), for links in mail and calendars. */
  readonly publicUrl?: string;
}

/** The largest request body the API reads. */
export const maxBodyBytes = 1024 * 1024;

/** Resolves the dependencies every route group shares, with their defaults. */
export function authContext(deps: AppDeps): AuthContext {
  const logger = deps.logger ?? silentLogger;
  return {
    store: deps.store,
    clock: deps.clock ?? systemClock,
    logger,
    security: securityLog(logger),
    secureCookies: deps.secureCookies ?? false,
    limits: deps.rateLimits ?? defaultRateLimits,
    quota: deps.quota ?? defaultQuota,
    trustProxy: deps.trustProxy ?? 0,
    sessionMaxAgeMs: deps.sessionMaxAgeMs ?? defaultSessionMaxAgeMs,
    strength: deps.strength ?? workerStrengthChecker(),
    mailer: deps.mailer,
    publicUrl: deps.publicUrl,
  };
}

/**
 * The API routes, under /api, chained so their types flow to the web client. Each feature adds
 * its routes here with `.route(...)`.
 */
export function createApi(ctx: AuthContext) {
  return new Hono()
    .route("/auth", authRoutes(ctx))
    .route("/me", meRoutes(ctx))
    .route("/sync", syncRoutes(ctx))
    .route("/export", exportRoutes(ctx))
    .route("/calendar", calendarRoutes(ctx))
    .route("/", massageRoutes(ctx));
}

/** Builds the whole HTTP app as a web-standard fetch handler. */
export function createApp(deps: AppDeps) {
  const ctx = authContext(deps);
  const app = new Hono();
  app.use(securityHeaders({ hsts: ctx.secureCookies }));
  app.use(validPath());
  app.use(bodySizeLimit(maxBodyBytes));
  app.route("/", healthRoutes(deps.store));
  app.route("/api", createApi(ctx));
  app.all("/api/*", () => {
    throw new AppError("not-found", "no such API route");
  });
  app.on(["GET", "HEAD"], "*", async (c, next) => {
    const res = deps.assets ? await serveAsset(c, deps.assets) : null;
    return res ?? next();
  });
  app.notFound(() => toErrorResponse(new AppError("not-found", "nothing here")));
  app.onError(errorHandler({ logger: ctx.logger, noteStoreFault: () => deps.store.noteFault() }));
  return app;
}

/** The API's route types (everything under /api), for the web's typed client (`hono/client`). */
export type Api = ReturnType<typeof createApi>;
