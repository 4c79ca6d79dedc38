import { beforeAll, expect, it } from "vitest";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { apiHarness, sessionCookie } from "../testing/api-harness.ts";
import { capturedLog } from "../testing/captured-log.ts";

const day = 24 * 60 * 60 * 1000;
const pw = "first good passphrase";
const next = "second good passphrase";

describeEachStore("account security", (fixture) => {
  const store = useStore(fixture);
  const log = capturedLog();
  let h: ReturnType<typeof apiHarness>;
  beforeAll(() => {
    h = apiHarness(store(), { logger: log.logger });
  });

  async function signIn(email: string, password: string, userAgent: string, ip: string) {
    const res = await h.call("POST", "/api/auth/login", {
      body: { email, password },
      headers: { "user-agent": userAgent },
      ip,
    });
    expect(res.status).toBe(200);
    return sessionCookie(res.headers) as string;
  }

  it("changes the password, ends every other session and keeps this one", async () => {
    const phone = await h.register("change@example.org", pw);
    const laptop = await signIn("change@example.org", pw, "Laptop browser", "192.0.2.2");
    const wrong = await h.call("POST", "/api/me/password", {
      cookie: phone,
      body: { current: "not the password", next },
    });
    expect(wrong.status).toBe(403);
    const weak = await h.call("POST", "/api/me/password", {
      cookie: phone,
      body: { current: pw, next: "Password123" },
    });
    expect(weak.status).toBe(400);
    expect((weak.json as { error: { message: string } }).error.message).toMatch(
      /^next: is too easy to guess\./,
    );
    const ok = await h.call("POST", "/api/me/password", {
      cookie: phone,
      body: { current: pw, next },
    });
    expect(ok.status).toBe(204);
    expect((await h.call("GET", "/api/me", { cookie: phone })).status).toBe(200);
    expect((await h.call("GET", "/api/me", { cookie: laptop })).status).toBe(401);
    const old = await h.call("POST", "/api/auth/login", {
      body: { email: "change@example.org", password: pw },
      ip: "192.0.2.3",
    });
    expect(old.status).toBe(401);
    await signIn("change@example.org", next, "Tablet", "192.0.2.4");
    expect(log.lines().some((l) => l.security === "password-changed")).toBe(true);
    expect(log.text()).not.toContain(next);
  });

  it("lists this account's sessions with when and what, marking the current one, and signs out the others", async () => {
    const first = await h.register("list@example.org", pw);
    h.clock.advance(2 * 60 * 60 * 1000);
    const second = await signIn(
      "list@example.org",
      pw,
      "Mozilla/5.0 (iPhone) Nura test",
      "192.0.2.5",
    );
    await h.register("someone-else@example.org", pw);
    const res = await h.call("GET", "/api/me/sessions", { cookie: second });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { sessions } = res.json as {
      sessions: {
        id: string;
        createdAt: string;
        lastSeenAt: string;
        userAgent: string | null;
        current: boolean;
      }[];
    };
    expect(sessions.map((s) => [s.userAgent, s.current])).toEqual([
      ["Mozilla/5.0 (iPhone) Nura test", true],
      [null, false],
    ]);
    expect(sessions.every((s) => /^[0-9a-f]{16}$/.test(s.id))).toBe(true);
    expect(sessions[1]?.createdAt).toBe("2026-11-25T09:00:00.000Z");
    expect(sessions[0]?.createdAt).toBe("2026-11-25T11:00:00.000Z");
    // A request more than an hour after the last one moves "last seen".
    h.clock.advance(2 * 60 * 60 * 1000);
    await h.call("GET", "/api/me", { cookie: first });
    const again = (await h.call("GET", "/api/me/sessions", { cookie: second }))
      .json as typeof res.json;
    expect((again as { sessions: { lastSeenAt: string }[] }).sessions[0]?.lastSeenAt).toBe(
      "2026-11-25T13:00:00.000Z",
    );
    const out = await h.call("DELETE", "/api/me/sessions", { cookie: second });
    expect(out.json).toEqual({ ended: 1 });
    expect((await h.call("GET", "/api/me", { cookie: first })).status).toBe(401);
    expect((await h.call("GET", "/api/me", { cookie: second })).status).toBe(200);
  });

  it("ends a session 90 days after sign-in however active, and honours a shorter maximum", async () => {
    const cookie = await h.register("ninety@example.org", pw);
    for (let d = 0; d < 89; d += 10) {
      h.clock.advance(10 * day);
      expect((await h.call("GET", "/api/me", { cookie })).status).toBe(d + 10 < 90 ? 200 : 401);
    }
    h.clock.advance(day);
    expect((await h.call("GET", "/api/me", { cookie })).status).toBe(401);
    const short = apiHarness(store(), { sessionMaxAgeMs: 7 * day });
    const login = await short.call("POST", "/api/auth/login", {
      body: { email: "ninety@example.org", password: pw },
      ip: "192.0.2.9",
    });
    expect(login.headers.get("set-cookie")).toContain(`Max-Age=${7 * 24 * 3600}`);
    const c = sessionCookie(login.headers);
    short.clock.advance(6 * day);
    expect((await short.call("GET", "/api/me", { cookie: c })).status).toBe(200);
    short.clock.advance(day);
    expect((await short.call("GET", "/api/me", { cookie: c })).status).toBe(401);
  });

  it("marks account answers no-store, and with secure cookies uses a __Host- cookie and HSTS", async () => {
    const secure = apiHarness(store(), { secureCookies: true });
    const res = await secure.call("POST", "/api/auth/register", {
      body: { email: "host@example.org", password: pw },
      ip: "192.0.2.30",
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("set-cookie")).toMatch(
      /^__Host-nura_session=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect(res.headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    const cookie = sessionCookie(res.headers);
    expect((await secure.call("GET", "/api/me", { cookie })).status).toBe(200);
    // The plain name is not read when the __Host- one is in force.
    const plain = cookie?.replace("__Host-", "");
    expect((await secure.call("GET", "/api/me", { cookie: plain })).status).toBe(401);
    const plainApp = await h.call("GET", "/healthz");
    expect(plainApp.headers.get("strict-transport-security")).toBeNull();
  });
});
