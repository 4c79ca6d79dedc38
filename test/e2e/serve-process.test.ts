import { spawnSync } from "node:child_process";
import { type ClientRequest, request } from "node:http";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startNura } from "./support/nura-server.ts";

const bin = fileURLToPath(new URL("../../bin/nura.js", import.meta.url));
const pgUrl = process.env.NURA_TEST_PG_URL;

function runNura(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("nura serve as a process", () => {
  it.each([
    ["PORT", "http"],
    ["LOG_LEVEL", "chatty"],
    ["DATABASE_URL", "mysql://db/nura"],
  ])("exits 2 naming %s when it is %s", (variable, value) => {
    const res = runNura(["serve"], { [variable]: value });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(`${variable}:`);
  });

  it("finishes a request in flight on SIGTERM, then exits 0", async () => {
    const server = await startNura();
    const url = new URL("/api/slow-upload", server.url);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        url,
        { method: "POST", headers: { "content-type": "application/json" } },
        (res) => {
          let body = "";
          res.on("data", (d: Buffer) => {
            body += d.toString();
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.write('{"part":');
      // The body is still arriving when the server is told to stop.
      setTimeout(() => {
        server.process.kill("SIGTERM");
        setTimeout(() => req.end('"two"}'), 300);
      }, 200);
    });
    const res = await response;
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toEqual({
      error: { code: "not-found", message: "no such API route" },
    });
    expect(await server.stop()).toBe(0);
  });

  it("refuses bodies over 1 MiB over HTTP: a declared one before it arrives, a chunked one as it passes", async () => {
    const server = await startNura();
    try {
      const post = (headers: Record<string, string>, send: (req: ClientRequest) => void) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = request(
            new URL("/api/plan", server.url),
            { method: "POST", headers: { "content-type": "application/json", ...headers } },
            (res) => {
              let body = "";
              res.on("data", (d: Buffer) => {
                body += d.toString();
              });
              res.on("end", () => {
                req.destroy();
                resolve({ status: res.statusCode ?? 0, body });
              });
            },
          );
          req.on("error", reject);
          send(req);
        });
      // Only the headers and a few bytes are sent: the answer must not wait for the rest.
      const declared = await post({ "content-length": String(2 * 1024 * 1024) }, (req) =>
        req.write('{"minutes":'),
      );
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body).error.code).toBe("payload-too-large");
      const chunked = await post({ "transfer-encoding": "chunked" }, (req) => {
        const chunk = "x".repeat(64 * 1024);
        for (let i = 0; i < 17; i++) req.write(chunk);
        req.end();
      });
      expect(chunked.status).toBe(413);
      const fine = await post({ "transfer-encoding": "chunked" }, (req) => {
        req.write('{"minutes":');
        req.end("5}");
      });
      expect(fine.status).toBe(400);
      expect(JSON.parse(fine.body).error.code).toBe("invalid-input");
    } finally {
      await server.stop();
    }
  });

  it("stops accepting new connections once stopping", async () => {
    const server = await startNura();
    expect(await server.stop("SIGINT")).toBe(0);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it("prints usage for --help and exits 2 for an unknown command", () => {
    const help = runNura(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("serve");
    expect(help.stdout).toContain("migrate");
    const unknown = runNura(["frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it.runIf(pgUrl)(
    "serves on PostgreSQL when DATABASE_URL is set, and migrate is idempotent",
    async () => {
      const migrate = runNura(["migrate"], { DATABASE_URL: pgUrl as string });
      expect(migrate.status).toBe(0);
      expect(migrate.stdout).toMatch(/^postgres: /);
      const again = runNura(["migrate"], { DATABASE_URL: pgUrl as string });
      expect(again.stdout).toBe("postgres: already up to date\n");
      const server = await startNura({ DATABASE_URL: pgUrl as string });
      const res = await fetch(`${server.url}/healthz`);
      expect(await res.json()).toEqual({ status: "ok", db: "postgres" });
      expect(await server.stop()).toBe(0);
    },
  );
});
