import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { apiHarness } from "../testing/api-harness.ts";
import { capturedLog } from "../testing/captured-log.ts";
import { startSmtpSink } from "../testing/smtp-sink.ts";
import { type Mailer, smtpMailer } from "./mailer.ts";

const pw = "original passphrase one";
const fresh = "brand new passphrase two";
const origin = "https://nura.example.org";

/** The token from the link in a received mail (its quoted-printable encoding undone). */
function tokenIn(raw: string): string {
  const text = raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  const m = /https:\/\/nura\.example\.org\/account\/reset#token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!m?.[1]) throw new Error(`no reset link in:\n${raw}`);
  return m[1];
}

describeEachStore("password reset by mail", (fixture) => {
  const store = useStore(fixture);
  const log = capturedLog();
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let mailer: Mailer;
  let h: ReturnType<typeof apiHarness>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    mailer = await smtpMailer(smtp.url, "Nura <nura@nura.example.org>");
    h = apiHarness(store(), { mailer, publicUrl: origin, logger: log.logger });
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });

  const ask = (email: string, ip = "192.0.2.1") =>
    h.call("POST", "/api/auth/reset", { body: { email }, ip });
  const confirm = (token: string, password: string) =>
    h.call("POST", "/api/auth/reset/confirm", { body: { token, password }, ip: "192.0.2.2" });

  it("answers 202 the same way whether or not the email has an account, and mails only the account", async () => {
    const cookie = await h.register("forgot@example.org", pw);
    const unknown = await ask("nobody-here@example.org");
    const known = await ask("Forgot@example.org");
    for (const res of [unknown, known]) {
      expect(res.status).toBe(202);
      expect(res.text).toBe("");
    }
    const mail = await smtp.next();
    expect(mail.to).toEqual(["forgot@example.org"]);
    expect(mail.raw).toContain("Subject: Reset your Nura password");
    expect(mail.raw).toContain("within 30 minutes");
    const token = tokenIn(mail.raw);
    const stored = await store().db.selectFrom("password_resets").select("token_hash").execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    expect((await confirm(token, "Password123")).status).toBe(400);
    const done = await confirm(token, fresh);
    expect(done.json).toBeUndefined();
    expect(done.status).toBe(204);
    expect((await h.call("GET", "/api/me", { cookie })).status).toBe(401);
    const again = await confirm(token, "another new passphrase");
    expect(again.json).toEqual({
      error: {
        code: "invalid-input",
        message: "token: this link has expired or was already used; ask for a new one",
      },
    });
    const login = await h.call("POST", "/api/auth/login", {
      body: { email: "forgot@example.org", password: fresh },
      ip: "192.0.2.3",
    });
    expect(login.status).toBe(200);
    expect(smtp.mails).toEqual([]);
  });

  it("lets a link work for 30 minutes only", async () => {
    await h.register("slow@example.org", pw);
    await ask("slow@example.org", "192.0.2.10");
    const token = tokenIn((await smtp.next()).raw);
    h.clock.advance(30 * 60_000);
    expect((await confirm(token, fresh)).status).toBe(400);
  });

  it("mails one address at most three times an hour, still answering 202", async () => {
    await h.register("flood@example.org", pw);
    for (let i = 0; i < 5; i++)
      expect((await ask("flood@example.org", `198.51.100.${i}`)).status).toBe(202);
    for (let i = 0; i < 3; i++) await smtp.next();
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.mails).toEqual([]);
  });

  it("says so when the server cannot send mail, and logs requests without the token", async () => {
    const noMail = apiHarness(store());
    expect((await noMail.call("GET", "/api/auth/reset")).json).toEqual({ byMail: false });
    expect((await h.call("GET", "/api/auth/reset")).json).toEqual({ byMail: true });
    const res = await noMail.call("POST", "/api/auth/reset", {
      body: { email: "forgot@example.org" },
    });
    expect(res.status).toBe(501);
    expect((res.json as { error: { code: string } }).error.code).toBe("not-configured");
    const events = log.lines().map((l) => l.security);
    expect(events).toContain("password-reset-requested");
    expect(events).toContain("password-reset");
    expect(log.text()).not.toMatch(/token=|forgot@example\.org|brand new/);
  });
});
