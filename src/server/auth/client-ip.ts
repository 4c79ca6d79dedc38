import type { Context } from "hono";

interface NodeBindings {
  readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } };
}

/**
 * The address the request came from, for per-address rate limits. Read from the socket, not from
 * X-Forwarded-For, which any client can forge; behind a proxy every request shares the proxy's
 * address, which only makes the per-address limit stricter (the per-account limit still holds).
 */
export function clientIp(c: Context): string {
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}
