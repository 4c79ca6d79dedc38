import type { Context } from "hono";
import { AppError } from "../errors.ts";
import type { AuthContext, UserEnv } from "./auth-context.ts";
import { clientIp } from "./client-ip.ts";
import { verifyPassword } from "./password.ts";
import { assertUnderLimit, countHit, limitKey } from "./rate-limit.ts";
import { findAccountById } from "./user-store.ts";

/**
 * Checks the password a signed-in person gives to confirm a grave change (deleting the account,
 * changing the password). Wrong passwords are counted per account, apart from sign-in failures:
 * others guessing at the sign-in form never block the owner here, and a stolen session cannot
 * be used to guess the password faster than 10 tries in 15 minutes.
 */
export async function reauthenticate(
  ctx: AuthContext,
  c: Context<UserEnv>,
  password: string,
): Promise<void> {
  const user = c.get("user");
  const key = limitKey("reauth", user.id);
  await assertUnderLimit(ctx.store, key, ctx.limits.reauthPerAccount, ctx.clock.now());
  const account = await findAccountById(ctx.store, user.id);
  if (!account || !(await verifyPassword(account.passwordHash, password))) {
    await countHit(ctx.store, key, ctx.limits.reauthPerAccount, ctx.clock.now());
    ctx.security("reauth-failed", { ip: clientIp(c, ctx.trustProxy), userId: user.id });
    throw new AppError("forbidden", "the password is not right");
  }
}
