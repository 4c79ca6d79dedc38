import { createMiddleware } from "hono/factory";
import { AppError } from "../errors.ts";
import type { AuthContext, UserEnv } from "./auth-context.ts";
import { readSessionToken, setSessionCookie } from "./session-cookie.ts";
import { findSession } from "./session-store.ts";

/**
 * Lets a request through only with a live session, and gives the route its account as
 * `c.get("user")`. Every query a route makes is then filtered by that account's id.
 */
export function requireUser(ctx: AuthContext) {
  return createMiddleware<UserEnv>(async (c, next) => {
    const token = readSessionToken(c, ctx.secureCookies);
    const now = ctx.clock.now();
    const user = token ? await findSession(ctx.store, token, now, ctx.sessionMaxAgeMs) : undefined;
    if (!token || !user) throw new AppError("unauthorized", "sign in first");
    if (user.renewedUntil !== undefined) {
      setSessionCookie(c, token, user.renewedUntil, now, ctx.secureCookies);
    }
    c.set("user", user);
    c.set("sessionToken", token);
    await next();
  });
}
