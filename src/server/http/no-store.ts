import type { MiddlewareHandler } from "hono";

/**
 * Marks every API answer `Cache-Control: no-store` unless its route chose otherwise (the calendar
 * feed asks for no-cache): account, sync and export answers hold a person's data, which no
 * browser cache or proxy should keep.
 */
export function noStoreByDefault(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has("cache-control")) c.res.headers.set("cache-control", "no-store");
  };
}
