import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { jsonBody } from "../http/validated.ts";
import type { AuthContext } from "./auth-context.ts";
import { clientIp } from "./client-ip.ts";
import { beginAttempt, failedAttempt, succeededAttempt, ThrottledError } from "./login-throttle.ts";
import { dummyHash, hashPassword, verifyPassword } from "./password.ts";
import { maxPasswordLength, passwordProblem } from "./password-rules.ts";
import { assertUnderLimit, countHit, hitLimit, limitKey } from "./rate-limit.ts";
import { resetRoutes } from "./reset-routes.ts";
import { sameOriginOnly } from "./same-origin.ts";
import { emailTag } from "./security-log.ts";
import { clearSessionCookie, readSessionToken, setSessionCookie } from "./session-cookie.ts";
import { createSession, deleteSession, pruneSessions, sessionTtlMs } from "./session-store.ts";
import { createAccount, emailKey, findAccountByEmail } from "./user-store.ts";

const registerBody = z.strictObject({
  email: z.email({ message: "must be an email address" }).max(254),
  password: z.string().max(maxPasswordLength * 4),
});

// Sign-in checks no rules beyond size: telling which rule failed would help guessing.
const loginBody = z.strictObject({
  email: z.string().max(254),
  password: z.string().max(maxPasswordLength * 4),
});

/** The one answer for any failed sign-in, so it never tells whether the email has an account. */
export const loginFailedMessage = "the email or password is not right";

/** `/api/auth`: register, login, logout, and password reset. */
export function authRoutes(ctx: AuthContext) {
  const { store, clock, limits, security } = ctx;

  async function startSession(c: Parameters<typeof setSessionCookie>[0], userId: string) {
    const now = clock.now();
    const token = await createSession(store, userId, now, c.req.header("user-agent"));
    const until = now + Math.min(sessionTtlMs, ctx.sessionMaxAgeMs);
    setSessionCookie(c, token, until, now, ctx.secureCookies);
  }

  // The address limits run before the body is read, so a malformed request counts too.
  const registerPerIp = createMiddleware(async (c, next) => {
    const key = limitKey("register-ip", clientIp(c, ctx.trustProxy));
    await hitLimit(store, key, limits.registerPerIp, clock.now());
    await next();
  });
  // Only failures count against an address: a household signing in a lot is never held back.
  const loginPerIp = createMiddleware(async (c, next) => {
    const key = limitKey("login-ip", clientIp(c, ctx.trustProxy));
    await assertUnderLimit(store, key, limits.loginPerIp, clock.now());
    await next();
  });

  return new Hono()
    .use(sameOriginOnly(ctx))
    .post("/register", registerPerIp, jsonBody(registerBody), async (c) => {
      const body = c.req.valid("json");
      await hitLimit(
        store,
        limitKey("register-acct", emailKey(body.email)),
        limits.registerPerAccount,
        clock.now(),
      );
      const problem = await passwordProblem(body.password, body.email, ctx.strength);
      if (problem) throw new AppError("invalid-input", `password: ${problem}`);
      const hash = await hashPassword(body.password);
      const account = await createAccount(store, body.email, hash, clock.now());
      if (!account) throw new AppError("conflict", "an account with this email already exists");
      await startSession(c, account.id);
      return c.json(account, 201);
    })
    .post("/login", loginPerIp, jsonBody(loginBody), async (c) => {
      const ip = clientIp(c, ctx.trustProxy);
      const ipKey = limitKey("login-ip", ip);
      const body = c.req.valid("json");
      const key = emailKey(body.email);
      const accountKey = limitKey("login-acct", key);
      try {
        await beginAttempt(store, accountKey, clock.now());
      } catch (err) {
        if (err instanceof ThrottledError) {
          security("login-throttled", { ip, emailTag: emailTag(key) });
        }
        throw err;
      }
      const account = await findAccountByEmail(store, body.email);
      // Verify against a dummy hash when there is no account: the same work, the same time.
      const ok = await verifyPassword(account?.passwordHash ?? (await dummyHash()), body.password);
      if (!account || !ok) {
        await failedAttempt(store, accountKey, clock.now());
        await countHit(store, ipKey, limits.loginPerIp, clock.now());
        security("login-failed", { ip, emailTag: emailTag(key) });
        throw new AppError("unauthorized", loginFailedMessage);
      }
      await succeededAttempt(store, accountKey);
      await pruneSessions(store, account.id, clock.now());
      await startSession(c, account.id);
      return c.json({ id: account.id, email: account.email, createdAt: account.createdAt }, 200);
    })
    .post("/logout", async (c) => {
      const token = readSessionToken(c, ctx.secureCookies);
      if (token) await deleteSession(store, token);
      clearSessionCookie(c, ctx.secureCookies);
      return c.body(null, 204);
    })
    .route("/reset", resetRoutes(ctx));
}
