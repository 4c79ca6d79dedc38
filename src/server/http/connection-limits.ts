import type { Server } from "node:http";

/** A client has this long to send its request headers (slow-loris clients are cut off). */
export const headersTimeoutMs = 10_000;
/** ...and this long to send the whole request. */
export const requestTimeoutMs = 30_000;

/**
 * Bounds what slow or numerous clients can hold: headers within 10 s, a whole request within
 * 30 s, and at most `maxConnections` open sockets (config NURA_MAX_CONNECTIONS); Node drops
 * connections beyond that until some close.
 */
export function limitConnections(server: Server, maxConnections: number): void {
  server.headersTimeout = headersTimeoutMs;
  server.requestTimeout = requestTimeoutMs;
  server.maxConnections = maxConnections;
}
