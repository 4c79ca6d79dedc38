import { isIP } from "node:net";
import type { Context } from "hono";

interface NodeBindings {
  readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } };
}

/**
 * The address the request came from, for per-address limits and the security log. With no
 * trusted proxies (`trustedHops` 0) it is the socket's peer: X-Forwarded-For can be forged by
 * anyone. Behind `trustedHops` proxies (config NURA_TRUST_PROXY), each of which appends the
 * address it received the request from, the client is that many entries from the right of
 * X-Forwarded-For; entries further left were written by the client and are ignored. A header
 * too short or not an address falls back to the socket.
 */
export function clientIp(c: Context, trustedHops: number): string {
  const env = c.env as NodeBindings | undefined;
  const socket = env?.incoming?.socket?.remoteAddress ?? "unknown";
  if (trustedHops === 0) return socket;
  const forwarded = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const candidate = forwarded[forwarded.length - trustedHops];
  return candidate !== undefined && isIP(candidate) !== 0 ? candidate : socket;
}
