import { Hono } from "hono";
import { calendarFromBodies } from "../../core/calendar/calendar-from-bodies.ts";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { AuthContext, UserEnv } from "../auth/auth-context.ts";
import {
  findUserByCalendarToken,
  revokeCalendarToken,
  rotateCalendarToken,
} from "../auth/calendar-token.ts";
import { requireUser } from "../auth/require-user.ts";
import { sameOriginOnly } from "../auth/same-origin.ts";
import { AppError } from "../errors.ts";
import { calendarSource } from "./calendar-records.ts";

/**
 * The subscription address for a token: on NURA_PUBLIC_URL when set, since the Host header of a
 * request is the client's to choose; else on the origin the request came to.
 */
function subscriptionUrl(origin: string, token: string): string {
  return new URL(`/api/calendar/${token}.ics`, origin).toString();
}

/**
 * `/api/calendar`: `GET /<token>.ics` serves a signed-in person's reminders as a calendar a phone
 * can subscribe to, made from their synced settings (reminders section), profile (minutes) and
 * weekly routine (weekday); the token in the address is the only credential, so it is long,
 * random, stored hashed, and can be rotated (`POST /token`, which revokes the old address) or
 * turned off (`DELETE /token`), both for the signed-in person only.
 */
export function calendarRoutes(ctx: AuthContext) {
  return new Hono<UserEnv>()
    .use(sameOriginOnly(ctx))
    .post("/token", requireUser(ctx), async (c) => {
      const token = await rotateCalendarToken(ctx.store, c.get("user").id);
      return c.json({ url: subscriptionUrl(ctx.publicUrl ?? c.req.url, token) }, 200);
    })
    .delete("/token", requireUser(ctx), async (c) => {
      await revokeCalendarToken(ctx.store, c.get("user").id);
      return c.body(null, 204);
    })
    .get("/:file{[A-Za-z0-9_-]+\\.ics}", async (c) => {
      const token = c.req.param("file").slice(0, -".ics".length);
      const user = await findUserByCalendarToken(ctx.store, token);
      if (!user)
        throw new AppError("not-found", "no calendar at this address; it may have been replaced");
      const origin = ctx.publicUrl ?? new URL(c.req.url).origin;
      const ics = calendarFromBodies(await calendarSource(ctx.store, user.id), {
        uidSeed: user.id,
        now: ctx.clock.now(),
        fallbackTimeZone: "UTC",
        appUrl: `${origin}/`,
        // A person who never chose a language gets English, the language of the API.
        translatorFor: (locale) => translatorFor(locale ?? "en"),
      });
      return c.body(ics, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="nura.ics"',
        // Calendar apps poll; each poll should see the latest settings.
        "cache-control": "no-cache",
      });
    });
}
