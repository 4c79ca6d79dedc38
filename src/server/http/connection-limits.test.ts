import { createServer } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { headersTimeoutMs, limitConnections, requestTimeoutMs } from "./connection-limits.ts";

const open = (port: number) =>
  new Promise<Socket>((resolve) => {
    const s = connect(port, "127.0.0.1", () => resolve(s));
  });

describe("limitConnections", () => {
  it("bounds header and request time, and drops connections past the cap", async () => {
    const server = createServer((_, res) => res.end("ok"));
    limitConnections(server, 2);
    expect([server.headersTimeout, server.requestTimeout]).toEqual([
      headersTimeoutMs,
      requestTimeoutMs,
    ]);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    const dropped = new Promise<void>((r) => server.once("drop", () => r()));
    const kept = [await open(port), await open(port)];
    const third = await open(port);
    const closed = new Promise<void>((r) => third.once("close", () => r()));
    await dropped;
    await closed;
    for (const s of kept) expect(s.destroyed).toBe(false);
    for (const s of kept) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });
});
