import { Hono } from "hono";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { jsonBody } from "../http/validated.ts";
import type { AuthContext, UserEnv } from "./auth-context.ts";
import { clientIp } from "./client-ip.ts";
import { hashPassword } from "./password.ts";
import { maxPasswordLength, passwordProblem } from "./password-rules.ts";
import { reauthenticate } from "./reauthenticate.ts";
import { requireUser } from "./require-user.ts";
import { sameOriginOnly } from "./same-origin.ts";
import { clearSessionCookie } from "./session-cookie.ts";
import { deleteOtherSessions, listSessions } from "./session-store.ts";
import { deleteAccount, setPasswordHash } from "./user-store.ts";

const password = z.string().max(maxPasswordLength * 4);
const deleteBody = z.strictObject({ password });
const changeBody = z.strictObject({ current: password, next: password });

/**
 * `/api/me`: the signed-in account; changing its password; the list of its signed-in browsers
 * and signing out all the others; deleting it with everything it owns.
 */
export function meRoutes(ctx: AuthContext) {
  return new Hono<UserEnv>()
    .use(sameOriginOnly(ctx))
    .use(requireUser(ctx))
    .get("/", (c) => {
      const { id, email, createdAt } = c.get("user");
      return c.json({ id, email, createdAt }, 200);
    })
    .delete("/", jsonBody(deleteBody), async (c) => {
      const user = c.get("user");
      const body = c.req.valid("json");
      await reauthenticate(ctx, c, body.password);
      await deleteAccount(ctx.store, user.id);
      ctx.security("account-deleted", { ip: clientIp(c, ctx.trustProxy), userId: user.id });
      clearSessionCookie(c, ctx.secureCookies);
      return c.body(null, 204);
    })
    .post("/password", jsonBody(changeBody), async (c) => {
      const user = c.get("user");
      const body = c.req.valid("json");
      await reauthenticate(ctx, c, body.current);
      const problem = await passwordProblem(body.next, user.email, ctx.strength);
      if (problem) throw new AppError("invalid-input", `next: ${problem}`);
      await setPasswordHash(ctx.store, user.id, await hashPassword(body.next));
      // Whoever knew the old password is signed out everywhere; this browser stays signed in.
      const ended = await deleteOtherSessions(ctx.store, user.id, c.get("sessionToken"));
      ctx.security("password-changed", {
        ip: clientIp(c, ctx.trustProxy),
        userId: user.id,
        detail: `${ended} other sessions ended`,
      });
      return c.body(null, 204);
    })
    .get("/sessions", async (c) => {
      const sessions = await listSessions(
        ctx.store,
        c.get("user").id,
        c.get("sessionToken"),
        ctx.clock.now(),
        ctx.sessionMaxAgeMs,
      );
      return c.json({ sessions }, 200);
    })
    .delete("/sessions", async (c) => {
      const user = c.get("user");
      const ended = await deleteOtherSessions(ctx.store, user.id, c.get("sessionToken"));
      ctx.security("sessions-ended", {
        ip: clientIp(c, ctx.trustProxy),
        userId: user.id,
        detail: `${ended} sessions`,
      });
      return c.json({ ended }, 200);
    });
}
