import { verify } from "@node-rs/argon2";
import { beforeAll, expect, it, vi } from "vitest";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { apiHarness, sessionCookie } from "../testing/api-harness.ts";
import { loginFailedMessage } from "./auth-routes.ts";

// The real argon2, watched: the timing test counts the hash verifications a login does.
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...real, verify: vi.fn(real.verify) };
});

const day = 24 * 60 * 60 * 1000;
const pw = "correct horse battery";

describeEachStore("accounts API", (fixture) => {
  const store = useStore(fixture);
  const h = () => harness;
  let harness: ReturnType<typeof apiHarness>;
  beforeAll(() => {
    harness = apiHarness(store());
  });

  it("registers: 201, the account, an HttpOnly SameSite=Lax cookie, an argon2id hash", async () => {
    const res = await h().call("POST", "/api/auth/register", {
      body: { email: "Ana@Example.org", password: pw },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      email: "Ana@Example.org",
      createdAt: "2026-11-25T09:00:00.000Z",
    });
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(
      /^nura_session=[A-Za-z0-9_-]{43}; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const row = await store()
      .db.selectFrom("users")
      .select(["password_hash", "email_key"])
      .executeTakeFirstOrThrow();
    expect(row.email_key).toBe("ana@example.org");
    expect(row.password_hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    const token = /nura_session=([^;]+)/.exec(setCookie)?.[1] ?? "";
    const sessions = await store().db.selectFrom("auth_sessions").select("token_hash").execute();
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);
    expect(sessions[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a second account for the same email in any case: 409", async () => {
    const res = await h().call("POST", "/api/auth/register", {
      body: { email: "ana@EXAMPLE.org", password: pw },
      ip: "192.0.2.50",
    });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({
      error: { code: "conflict", message: "an account with this email already exists" },
    });
  });

  it("says which password rule failed, and why a guessable password is refused, in words", async () => {
    const cases: [string, string, string][] = [
      ["bo@example.org", "short", "password: must be at least 10 characters"],
      ["longname12@example.org", "longname12@example.org", "password: must not be your email"],
      ["longname12@example.org", "Longname12", "password: must not be your email"],
      [
        "bo@example.org",
        "Password123",
        "password: is too easy to guess. This is a commonly used password. Add more words that are less common. Capitalize more than the first letter.",
      ],
      [
        "bo@example.org",
        "aaaaaaaaaaaa",
        'password: is too easy to guess. Repeated characters like "aaa" are easy to guess. Add more words that are less common. Avoid repeated words and characters.',
      ],
      [
        "bo@example.org",
        "qwertyuiop12",
        "password: is too easy to guess. This is similar to a commonly used password. Add more words that are less common.",
      ],
      [
        "robin.hood@example.org",
        "robinhood2024",
        "password: is too easy to guess. It follows a pattern that is quick to guess. Add more words that are less common.",
      ],
    ];
    for (const [email, password, message] of cases) {
      const res = await h().call("POST", "/api/auth/register", {
        body: { email, password },
        ip: "192.0.2.51",
      });
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ error: { code: "invalid-input", message } });
    }
    const bad = await h().call("POST", "/api/auth/register", {
      body: { email: "nope", password: pw },
      ip: "192.0.2.52",
    });
    expect(bad.json).toEqual({
      error: { code: "invalid-input", message: "email: must be an email address" },
    });
  });

  it("logs in with any email case; one generic 401 for a wrong password or an unknown email", async () => {
    const ok = await h().call("POST", "/api/auth/login", {
      body: { email: "ANA@example.org", password: pw },
    });
    expect(ok.status).toBe(200);
    expect(sessionCookie(ok.headers)).toBeDefined();
    const wrong = await h().call("POST", "/api/auth/login", {
      body: { email: "ana@example.org", password: "wrong password!" },
    });
    const unknown = await h().call("POST", "/api/auth/login", {
      body: { email: "nobody@example.org", password: pw },
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ error: { code: "unauthorized", message: loginFailedMessage } });
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("does the same hashing work for an unknown email as for a wrong password", async () => {
    // Equal work is what makes equal time: each failed login verifies exactly one argon2id hash
    // with the same parameters, whether or not the email has an account. (Wall or CPU time
    // would only say the same thing noisily on a loaded machine.)
    const verifications = async (email: string) => {
      vi.mocked(verify).mockClear();
      const res = await h().call("POST", "/api/auth/login", {
        body: { email, password: "not the password" },
        ip: "192.0.2.60",
      });
      expect(res.status).toBe(401);
      return vi.mocked(verify).mock.calls.map(([hash]) => String(hash).split("$").slice(1, 4));
    };
    const params = ["argon2id", "v=19", "m=19456,t=2,p=1"];
    expect(await verifications("ana@example.org")).toEqual([params]);
    expect(await verifications("ghost@example.org")).toEqual([params]);
    expect(await verifications("ghost2@example.org")).toEqual([params]);
  });

  it("answers /api/me with the account, and 401 without a session", async () => {
    const cookie = await h().register("me@example.org");
    const me = await h().call("GET", "/api/me", { cookie });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ email: "me@example.org" });
    expect(Object.keys(me.json as object).sort()).toEqual(["createdAt", "email", "id"]);
    const anon = await h().call("GET", "/api/me");
    expect(anon.status).toBe(401);
    expect(anon.json).toEqual({ error: { code: "unauthorized", message: "sign in first" } });
    const forged = await h().call("GET", "/api/me", { cookie: `nura_session=${"A".repeat(43)}` });
    expect(forged.status).toBe(401);
  });

  it("logs out: 204, cookie cleared, the token no longer works", async () => {
    const cookie = await h().register("out@example.org");
    const res = await h().call("POST", "/api/auth/logout", { cookie });
    expect(res.status).toBe(204);
    expect(res.headers.get("set-cookie")).toMatch(
      /^nura_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax/,
    );
    expect((await h().call("GET", "/api/me", { cookie })).status).toBe(401);
  });

  it("keeps a session 30 days from its last use, and ends it after 30 idle days", async () => {
    const cookie = await h().register("slide@example.org");
    h().clock.advance(20 * day);
    const renewed = await h().call("GET", "/api/me", { cookie });
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get("set-cookie")).toContain("Max-Age=2592000");
    h().clock.advance(20 * day);
    const still = await h().call("GET", "/api/me", { cookie });
    expect(still.status).toBe(200);
    expect(still.headers.get("set-cookie")).toContain("Max-Age=2592000");
    h().clock.advance(30 * day + 1000);
    expect((await h().call("GET", "/api/me", { cookie })).status).toBe(401);
  });

  it("refuses state-changing requests from elsewhere (CSRF): 403", async () => {
    const body = { email: "ana@example.org", password: pw };
    const cases: Record<string, string>[] = [
      {},
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site", origin: "http://localhost" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of cases) {
      const res = await h().call("POST", "/api/auth/login", {
        body,
        headers,
        noOrigin: true,
        ip: "192.0.2.70",
      });
      expect(res.status).toBe(403);
      expect((res.json as { error: { code: string } }).error.code).toBe("forbidden");
    }
    const same = await h().call("POST", "/api/auth/login", {
      body,
      headers: { "sec-fetch-site": "same-origin" },
      noOrigin: true,
      ip: "192.0.2.70",
    });
    expect(same.status).toBe(200);
  });

  it("slows an account to one try a minute after 10 failures from anywhere, then lets one through", async () => {
    const body = { email: "limit@example.org", password: "wrong password 1" };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await h().call("POST", "/api/auth/login", { body, ip: `203.0.113.${i}` })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429]);
    const limited = await h().call("POST", "/api/auth/login", { body, ip: "203.0.113.99" });
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({
      error: { code: "rate-limited", message: "too many attempts; try again in a minute" },
    });
    const retry = Number(limited.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    h().clock.advance(retry * 1000);
    expect((await h().call("POST", "/api/auth/login", { body, ip: "203.0.113.99" })).status).toBe(
      401,
    );
  });

  it("limits sign-ups per email, whatever the address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await h().call("POST", "/api/auth/register", {
        body: { email: "Twice@example.org", password: pw },
        ip: `198.18.0.${i}`,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 409, 409, 409, 409, 429]);
  });

  it("limits attempts per address across accounts", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) {
      const res = await h().call("POST", "/api/auth/login", {
        body: { email: `x${i}@example.org`, password: "1" },
        ip: "203.0.113.200",
      });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(50);
    expect(statuses.at(-1)).toBe(429);
  });

  it("marks the cookie Secure over https and when configured", async () => {
    const res = await h().app.request("https://localhost/api/auth/login", {
      method: "POST",
      headers: { origin: "https://localhost", "content-type": "application/json" },
      body: JSON.stringify({ email: "ana@example.org", password: pw }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toContain("; Secure");
    const secure = apiHarness(store(), { secureCookies: true });
    const r2 = await secure.call("POST", "/api/auth/login", {
      body: { email: "ana@example.org", password: pw },
      ip: "192.0.2.80",
    });
    expect(r2.headers.get("set-cookie")).toContain("; Secure");
  });

  it("deletes an account only with its password, and everything of it goes", async () => {
    const cookie = await h().register("gone@example.org");
    const rec = {
      id: "0192f000-0000-7000-8000-0000000000aa",
      kind: "routine",
      version: "0001764000000000-0000-devA",
      deleted: false,
      body: { name: "x" },
    };
    expect(
      (
        await h().call("POST", "/api/sync/push", {
          cookie,
          body: { deviceId: "devA", records: [rec] },
        })
      ).status,
    ).toBe(200);
    const wrong = await h().call("DELETE", "/api/me", {
      cookie,
      body: { password: "not it at all" },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.json).toEqual({
      error: { code: "forbidden", message: "the password is not right" },
    });
    const res = await h().call("DELETE", "/api/me", { cookie, body: { password: pw } });
    expect(res.status).toBe(204);
    expect((await h().call("GET", "/api/me", { cookie })).status).toBe(401);
    const left = await store()
      .db.selectFrom("records")
      .select("id")
      .where("id", "=", rec.id)
      .execute();
    expect(left).toEqual([]);
    const login = await h().call("POST", "/api/auth/login", {
      body: { email: "gone@example.org", password: pw },
      ip: "192.0.2.90",
    });
    expect(login.status).toBe(401);
  });
});
