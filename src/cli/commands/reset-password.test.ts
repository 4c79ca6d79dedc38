import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../server/auth/user-store.ts";
import { openMigratedStore } from "../../server/store/open-store.ts";
import { apiHarness } from "../../server/testing/api-harness.ts";
import { runNuraWith } from "../testing/run-nura.ts";

describe("nura reset-password", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "nura-reset-"));
    const store = await openMigratedStore({ dataDir });
    await createAccount(store, "Op@Example.org", "$argon2id$v=19$m=19456,t=2,p=1$x$y", Date.now());
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("prints a one-time link on the public address, which sets a new password once", async () => {
    const env = { NURA_DATA_DIR: dataDir, NURA_PUBLIC_URL: "https://nura.example.org" };
    const { code, out, err } = await runNuraWith(env, "reset-password", "op@example.org");
    expect(err).toBe("");
    expect(code).toBe(0);
    const m =
      /^A one-time link for Op@Example\.org: it works once, within 30 minutes\.\nhttps:\/\/nura\.example\.org\/account\/reset#token=([A-Za-z0-9_-]{43})\n$/.exec(
        out,
      );
    expect(m).not.toBeNull();
    const store = await openMigratedStore({ dataDir });
    try {
      const h = apiHarness(store);
      h.clock.ms = Date.now();
      const confirm = (password: string) =>
        h.call("POST", "/api/auth/reset/confirm", { body: { token: m?.[1], password } });
      expect((await confirm("a fresh operator pass")).status).toBe(204);
      expect((await confirm("and another one here")).status).toBe(400);
      const login = await h.call("POST", "/api/auth/login", {
        body: { email: "op@example.org", password: "a fresh operator pass" },
      });
      expect(login.status).toBe(200);
    } finally {
      await store.close();
    }
  });

  it("says when no account has the email, and how to call it", async () => {
    const missing = await runNuraWith(
      { NURA_DATA_DIR: dataDir },
      "reset-password",
      "who@example.org",
    );
    expect(missing).toEqual({
      code: 1,
      out: "",
      err: "nura reset-password: no account has the email who@example.org\n",
    });
    const usage = await runNuraWith({ NURA_DATA_DIR: dataDir }, "reset-password");
    expect(usage.code).toBe(2);
    expect(usage.err).toBe("nura reset-password: give one email address\n");
  });
});
