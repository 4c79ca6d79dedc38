import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip.ts";

async function seen(hops: number, forwarded?: string): Promise<string> {
  const app = new Hono().get("/", (c) => c.text(clientIp(c, hops)));
  const headers: Record<string, string> = forwarded ? { "x-forwarded-for": forwarded } : {};
  const res = await app.request(
    "/",
    { headers },
    { incoming: { socket: { remoteAddress: "10.0.0.2" } } },
  );
  return res.text();
}

describe("clientIp", () => {
  it("takes the socket's address and ignores X-Forwarded-For when no proxy is trusted", async () => {
    expect(await seen(0, "203.0.113.9")).toBe("10.0.0.2");
  });

  it("takes the address the trusted proxy appended, not what the client wrote before it", async () => {
    expect(await seen(1, "198.51.100.1")).toBe("198.51.100.1");
    expect(await seen(1, "1.2.3.4, 198.51.100.1")).toBe("198.51.100.1");
    expect(await seen(2, "1.2.3.4, 198.51.100.1, 10.0.0.9")).toBe("198.51.100.1");
    expect(await seen(1, "2001:db8::7")).toBe("2001:db8::7");
  });

  it("falls back to the socket when the header is missing, too short or not an address", async () => {
    expect(await seen(1)).toBe("10.0.0.2");
    expect(await seen(2, "198.51.100.1")).toBe("10.0.0.2");
    expect(await seen(1, "1.2.3.4, not-an-ip")).toBe("10.0.0.2");
  });
});
