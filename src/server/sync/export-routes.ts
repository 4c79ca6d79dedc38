import { Hono } from "hono";
import type { AuthContext, UserEnv } from "../auth/auth-context.ts";
import { requireUser } from "../auth/require-user.ts";
import { exportStream } from "./export-stream.ts";

/** `/api/export`: everything the account owns, in the app's export format, as a download. */
export function exportRoutes(ctx: AuthContext) {
  return new Hono<UserEnv>().use(requireUser(ctx)).get("/", async (c) => {
    const now = new Date(ctx.clock.now());
    const body = await exportStream(ctx.store, c.get("user").id, now);
    return c.body(body, 200, {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="nura-export-${now.toISOString().slice(0, 10)}.json"`,
    });
  });
}
