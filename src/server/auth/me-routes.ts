import { Hono } from "hono";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { readJson } from "../http/read-json.ts";
import type { AuthContext, UserEnv } from "./auth-context.ts";
import { verifyPassword } from "./password.ts";
import { maxPasswordLength } from "./password-rules.ts";
import { hitLimit, limitKey } from "./rate-limit.ts";
import { requireUser } from "./require-user.ts";
import { sameOriginOnly } from "./same-origin.ts";
import { clearSessionCookie } from "./session-cookie.ts";
import { deleteAccount, emailKey, findAccountById } from "./user-store.ts";

const deleteBody = z.strictObject({ password: z.string().max(maxPasswordLength * 4) });

/** `/api/me`: the signed-in account, and deleting it with everything it owns. */
export function meRoutes(ctx: AuthContext) {
  return new Hono<UserEnv>()
    .use(sameOriginOnly())
    .use(requireUser(ctx))
    .get("/", (c) => {
      const { id, email, createdAt } = c.get("user");
      c.header("cache-control", "no-store");
      return c.json({ id, email, createdAt }, 200);
    })
    .delete("/", async (c) => {
      const user = c.get("user");
      // Shares the sign-in counter: a stolen session cannot be used to guess the password here.
      await hitLimit(
        ctx.store,
        limitKey("login-acct", emailKey(user.email)),
        ctx.limits.loginPerAccount,
        ctx.clock.now(),
      );
      const body = await readJson(c, deleteBody);
      const account = await findAccountById(ctx.store, user.id);
      if (!account || !(await verifyPassword(account.passwordHash, body.password))) {
        throw new AppError("forbidden", "the password is not right");
      }
      await deleteAccount(ctx.store, user.id);
      clearSessionCookie(c, ctx.secureCookies);
      return c.body(null, 204);
    });
}
