import type { Context, MiddlewareHandler } from "hono";
import { AppError } from "../errors.ts";
import type { AuthContext } from "./auth-context.ts";
import { clientIp } from "./client-ip.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests that a page on another site could have sent (CSRF). The
 * browser tells us where a request comes from: `Sec-Fetch-Site` must be "same-origin" when sent;
 * otherwise `Origin` must name this host. A request with neither (curl, scripts) is refused too:
 * every state-changing endpoint is either cookie-authenticated or a sign-in, and a scripted
 * client can send an Origin header. Host, not scheme, is compared, so a TLS-terminating proxy
 * (which makes the request look like http) still matches.
 */
export function sameOriginOnly(
  ctx: Pick<AuthContext, "security" | "trustProxy">,
): MiddlewareHandler {
  const refuse = (c: Context, message: string): never => {
    ctx.security("origin-refused", {
      ip: clientIp(c, ctx.trustProxy),
      path: c.req.path,
      detail: c.req.header("origin") ?? c.req.header("sec-fetch-site") ?? "none",
    });
    throw new AppError("forbidden", message);
  };
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const site = c.req.header("sec-fetch-site");
    if (site !== undefined) {
      if (site === "same-origin") return next();
      return refuse(c, "cross-site requests are not accepted");
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
    return refuse(c, "send an Origin header naming this site");
  };
}
