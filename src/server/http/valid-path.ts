import type { MiddlewareHandler } from "hono";
import { AppError } from "../errors.ts";

/**
 * Refuses an address whose %-escapes do not decode (`/%`, `/%E0%A4%A`, `/assets/%ff`) with 400,
 * before any route or the file server tries to decode it and fails.
 */
export function validPath(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    // Most addresses hold no escape at all: nothing to decode.
    if (url.includes("%")) {
      const raw = url.slice(url.indexOf("/", url.indexOf("//") + 2));
      try {
        decodeURIComponent(raw.split(/[?#]/, 1)[0] ?? "");
      } catch {
        throw new AppError("bad-request", "the address has a malformed %-escape");
      }
    }
    await next();
  };
}
