import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { jsonBody } from "../http/validated.ts";
import type { AuthContext } from "./auth-context.ts";
import { clientIp } from "./client-ip.ts";
import { hashPassword } from "./password.ts";
import { maxPasswordLength, passwordProblem } from "./password-rules.ts";
import { countHit, hitLimit, limitKey } from "./rate-limit.ts";
import { resetMail } from "./reset-mail.ts";
import { createResetToken, peekResetToken, resetLink, useResetToken } from "./reset-store.ts";
import { emailTag } from "./security-log.ts";
import { clearSessionCookie } from "./session-cookie.ts";
import { looksLikeToken } from "./tokens.ts";
import { emailKey, findAccountByEmail, findAccountById } from "./user-store.ts";

const requestBody = z.strictObject({ email: z.string().max(254) });
const confirmBody = z.strictObject({
  token: z.string().max(100),
  password: z.string().max(maxPasswordLength * 4),
});

const expiredMessage = "token: this link has expired or was already used; ask for a new one";

/**
 * `/api/auth/reset`: `GET` says whether this server can mail reset links; `POST {email}` always
 * answers 202 the same way (no body), and, when the email has an account, mails it a link that
 * works once within 30 minutes; `POST /confirm {token, password}` sets the new password and
 * ends every session of the account. Mail is sent after the answer, so neither the answer nor
 * its timing tells whether an account exists.
 */
export function resetRoutes(ctx: AuthContext) {
  const { store, clock, limits, security, mailer, logger } = ctx;

  async function mailLink(email: string, ip: string): Promise<void> {
    const key = emailKey(email);
    // Past its per-email limit a request is dropped silently: the answer must not differ.
    const sent = await countHit(
      store,
      limitKey("reset-acct", key),
      limits.resetPerAccount,
      clock.now(),
    );
    if (sent > limits.resetPerAccount.limit) return;
    const account = await findAccountByEmail(store, email);
    security("password-reset-requested", {
      ip,
      emailTag: emailTag(key),
      detail: account ? "mailed" : "no account",
    });
    if (!account || !mailer || !ctx.publicUrl) return;
    const token = await createResetToken(store, account.id, clock.now());
    await mailer.send(resetMail(account.email, resetLink(ctx.publicUrl, token)));
  }

  // Whether mail can go, then the address limit, before the body is read.
  const canRequest = createMiddleware(async (c, next) => {
    if (!mailer) {
      throw new AppError(
        "not-configured",
        "this server cannot send mail; ask the person who runs it for a reset link",
      );
    }
    const ip = clientIp(c, ctx.trustProxy);
    await hitLimit(store, limitKey("reset-ip", ip), limits.resetPerIp, clock.now());
    await next();
  });
  const confirmPerIp = createMiddleware(async (c, next) => {
    const ip = clientIp(c, ctx.trustProxy);
    await hitLimit(store, limitKey("reset-confirm-ip", ip), limits.loginPerIp, clock.now());
    await next();
  });

  return new Hono()
    .get("/", (c) => c.json({ byMail: mailer !== undefined }, 200))
    .post("/", canRequest, jsonBody(requestBody), async (c) => {
      const ip = clientIp(c, ctx.trustProxy);
      const body = c.req.valid("json");
      mailLink(body.email, ip).catch((err: unknown) =>
        logger.error("password-reset mail failed", { error: String(err) }),
      );
      return c.body(null, 202);
    })
    .post("/confirm", confirmPerIp, jsonBody(confirmBody), async (c) => {
      const ip = clientIp(c, ctx.trustProxy);
      const body = c.req.valid("json");
      if (!looksLikeToken(body.token)) throw new AppError("invalid-input", expiredMessage);
      const userId = await peekResetToken(store, body.token, clock.now());
      const account = userId ? await findAccountById(store, userId) : undefined;
      if (!account) throw new AppError("invalid-input", expiredMessage);
      const problem = await passwordProblem(body.password, account.email, ctx.strength);
      if (problem) throw new AppError("invalid-input", `password: ${problem}`);
      const hash = await hashPassword(body.password);
      if (!(await useResetToken(store, body.token, hash, clock.now()))) {
        throw new AppError("invalid-input", expiredMessage);
      }
      security("password-reset", { ip, userId: account.id });
      clearSessionCookie(c, ctx.secureCookies);
      return c.body(null, 204);
    });
}
