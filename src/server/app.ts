import { Hono } from "hono";
import type { AuthContext } from "./auth/auth-context.ts";
import { authRoutes } from "./auth/auth-routes.ts";
import { meRoutes } from "./auth/me-routes.ts";
import { defaultRateLimits, type RateLimits } from "./auth/rate-limit.ts";
import { calendarRoutes } from "./calendar/calendar-routes.ts";
import { type Clock, systemClock } from "./clock.ts";
import { AppError, toErrorResponse } from "./errors.ts";
import { bodySizeLimit } from "./http/body-size.ts";
import { errorHandler } from "./http/error-handler.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { type AssetSource, serveAsset } from "./http/static-assets.ts";
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
  /** Mark the session cookie Secure even on plain-HTTP requests (config NURA_SECURE_COOKIES). */
  readonly secureCookies?: boolean;
  /** Sign-in and sign-up limits; `defaultRateLimits` unless given. */
  readonly rateLimits?: RateLimits;
  /** What each account may store; `defaultQuota` unless given (config NURA_MAX_RECORDS, NURA_MAX_ACCOUNT_BYTES). */
  readonly quota?: Quota;
}

/** The largest request body the API reads. */
export const maxBodyBytes = 1024 * 1024;

/**
 * The API routes, under /api, chained so their types flow to the web client. Each feature adds
 * its routes here with `.route(...)`.
 */
export function createApi(deps: AppDeps) {
  const ctx: AuthContext = {
    store: deps.store,
    clock: deps.clock ?? systemClock,
    secureCookies: deps.secureCookies ?? false,
    limits: deps.rateLimits ?? defaultRateLimits,
    quota: deps.quota ?? defaultQuota,
  };
  return new Hono()
    .route("/auth", authRoutes(ctx))
    .route("/me", meRoutes(ctx))
    .route("/sync", syncRoutes(ctx))
    .route("/export", exportRoutes(ctx))
    .route("/calendar", calendarRoutes(ctx))
    .route("/", massageRoutes());
}

/** Builds the whole HTTP app as a web-standard fetch handler. */
export function createApp(deps: AppDeps) {
  const logger = deps.logger ?? silentLogger;
  const app = new Hono();
  app.use(securityHeaders());
  app.use(bodySizeLimit(maxBodyBytes));
  app.route("/", healthRoutes(deps.store));
  app.route("/api", createApi(deps));
  app.all("/api/*", () => {
    throw new AppError("not-found", "no such API route");
  });
  app.on(["GET", "HEAD"], "*", async (c, next) => {
    const res = deps.assets ? await serveAsset(c, deps.assets) : null;
    return res ?? next();
  });
  app.notFound(() => toErrorResponse(new AppError("not-found", "nothing here")));
  app.onError(errorHandler({ logger, noteStoreFault: () => deps.store.noteFault() }));
  return app;
}

/** The app's type, for the typed client. */
export type App = ReturnType<typeof createApp>;
