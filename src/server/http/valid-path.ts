import type { MiddlewareHandler } from "hono";
import { AppError } from "../errors.ts";

/**
 * Refuses an address whose %-escapes do not decode (`/%`, `/%E0%A4%A`, `/assets/%ff`) with 400,
 * before any route or the file server tries to decode it and fails.
 */
export function validPath(): MiddlewareHandler {
  return async (c, next) => {
    const raw = c.req.url.slice(c.req.url.indexOf("/", c.req.url.indexOf("//") + 2));
    const path = raw.split(/[?#]/, 1)[0] ?? "";
    try {
      decodeURIComponent(path);
    } catch {
      throw new AppError("bad-request", "the address has a malformed %-escape");
    }
    await next();
  };
}
