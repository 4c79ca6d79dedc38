import { beforeAll, expect, it } from "vitest";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { apiHarness } from "../testing/api-harness.ts";
import { capturedLog } from "../testing/captured-log.ts";

const pw = "owner's own passphrase";

describeEachStore("sign-in throttling", (fixture) => {
  const store = useStore(fixture);
  const log = capturedLog();
  let h: ReturnType<typeof apiHarness>;
  beforeAll(() => {
    h = apiHarness(store(), { logger: log.logger });
  });

  const login = (email: string, password: string, ip: string) =>
    h.call("POST", "/api/auth/login", { body: { email, password }, ip });

  it("never counts successful sign-ins, and a success forgets earlier failures", async () => {
    await h.register("regular@example.org", pw);
    for (let i = 0; i < 25; i++) {
      expect((await login("regular@example.org", pw, "192.0.2.10")).status).toBe(200);
    }
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++) {
        expect(
          (await login("regular@example.org", "wrong guess here", `198.51.100.${i}`)).status,
        ).toBe(401);
      }
      expect((await login("regular@example.org", pw, "192.0.2.10")).status).toBe(200);
    }
  });

  it("slows an account under attack to one attempt a minute from any address, and its owner still gets in", async () => {
    const cookie = await h.register("target@example.org", pw);
    for (let i = 0; i < 10; i++) {
      expect(
        (await login("target@example.org", `guess number ${i}`, `203.0.113.${i}`)).status,
      ).toBe(401);
    }
    // The guesser, from a fresh address, is held back; so is the owner within that minute.
    const held = await login("target@example.org", "another guess", "203.0.113.50");
    expect(held.status).toBe(429);
    expect(Number(held.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await login("target@example.org", pw, "192.0.2.20")).status).toBe(429);
    // A minute later one attempt goes through, from anywhere: the owner's, with the right password.
    h.clock.advance(60_000);
    expect((await login("target@example.org", pw, "192.0.2.20")).status).toBe(200);
    // That success ended the slow-down.
    expect((await login("target@example.org", "wrong once more", "203.0.113.60")).status).toBe(401);
    expect((await login("target@example.org", pw, "192.0.2.20")).status).toBe(200);
    // While the sign-in form is under attack, the signed-in owner's own actions are not blocked.
    for (let i = 0; i < 12; i++)
      await login("target@example.org", `guess ${i}`, `203.0.113.${100 + i}`);
    const sessions = await h.call("DELETE", "/api/me/sessions", { cookie });
    expect(sessions.status).toBe(200);
    const gone = await h.call("DELETE", "/api/me", { cookie, body: { password: pw } });
    expect(gone.status).toBe(204);
  });

  it("forgets failures 15 minutes after the last one", async () => {
    await h.register("forgetful@example.org", pw);
    for (let i = 0; i < 10; i++)
      await login("forgetful@example.org", `try ${i} wrong`, "198.18.0.1");
    expect((await login("forgetful@example.org", pw, "198.18.0.2")).status).toBe(429);
    h.clock.advance(15 * 60_000);
    expect((await login("forgetful@example.org", pw, "198.18.0.2")).status).toBe(200);
  });

  it("counts only failures against an address", async () => {
    const ip = "192.0.2.99";
    await h.register("busy@example.org", pw);
    for (let i = 0; i < 60; i++) expect((await login("busy@example.org", pw, ip)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) {
      statuses.push((await login(`nobody${i}@example.org`, "not a password", ip)).status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(50);
    expect(statuses.at(-1)).toBe(429);
  });

  it("logs failures and throttling as security events, without passwords, emails or tokens", () => {
    const events = log.lines().filter((l) => l.msg === "security event");
    const kinds = new Set(events.map((e) => e.security));
    expect(kinds.has("login-failed")).toBe(true);
    expect(kinds.has("login-throttled")).toBe(true);
    expect(kinds.has("account-deleted")).toBe(true);
    const failed = events.find((e) => e.security === "login-failed");
    expect(Object.keys(failed ?? {}).sort()).toEqual([
      "emailTag",
      "ip",
      "level",
      "msg",
      "security",
      "time",
    ]);
    const text = log.text();
    for (const secret of [pw, "guess number", "target@example.org", "nura_session"]) {
      expect(text).not.toContain(secret);
    }
  });
});
