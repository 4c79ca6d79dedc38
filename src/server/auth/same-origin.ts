import type { MiddlewareHandler } from "hono";
import { AppError } from "../errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests that a page on another site could have sent (CSRF). The
 * browser tells us where a request comes from: `Sec-Fetch-Site` must be "same-origin" when sent;
 * otherwise `Origin` must name this host. A request with neither (curl, scripts) is refused too:
 * every state-changing endpoint is either cookie-authenticated or a sign-in, and a scripted
 * client can send an Origin header. Host, not scheme, is compared, so a TLS-terminating proxy
 * (which makes the request look like http) still matches.
 */
export function sameOriginOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const site = c.req.header("sec-fetch-site");
    if (site !== undefined) {
      if (site === "same-origin") return next();
      throw new AppError("forbidden", "cross-site requests are not accepted");
    }
    const origin = c.req.header("origin");
    const host = c.req.header("host") ?? new URL(c.req.url).host;
    if (origin !== undefined && origin !== "null") {
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = undefined;
      }
      if (originHost === host) return next();
    }
    throw new AppError("forbidden", "send an Origin header naming this site");
  };
}
