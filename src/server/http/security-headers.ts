import type { MiddlewareHandler } from "hono";

/**
 * The Content-Security-Policy for every response: scripts, styles and connections from this
 * origin only, no inline script, no framing, no plugins. `'wasm-unsafe-eval'` lets the camera's
 * landmark worker compile its WebAssembly (from /models/wasm/ on this origin); it allows no
 * `eval` or `new Function` of JavaScript.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** HSTS for a server reached only over https: two years, subdomains included. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/**
 * Sets the security headers on every response, errors included; `hsts` adds
 * Strict-Transport-Security (config NURA_SECURE_COOKIES: the server is reached over https).
 * Every API answer is also `Cache-Control: no-store` unless its route chose otherwise (the
 * calendar feed asks for no-cache): account, sync and export answers hold a person's data,
 * which no browser cache or proxy should keep.
 */
export function securityHeaders(opts: { readonly hsts: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (opts.hsts) h.set("Strict-Transport-Security", strictTransportSecurity);
    if (c.req.path.startsWith("/api/") && !h.has("cache-control"))
      h.set("Cache-Control", "no-store");
    h.set("Content-Security-Policy", contentSecurityPolicy);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=()");
  };
}
