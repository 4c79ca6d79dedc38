import { Hono } from "hono";
import { buildExport } from "../../core/sync/export-format.ts";
import type { AuthContext, UserEnv } from "../auth/auth-context.ts";
import { requireUser } from "../auth/require-user.ts";
import { allRecords } from "./record-store.ts";
import { toWire } from "./sync-routes.ts";

/** `/api/export`: everything the account owns, in the app's export format, as a download. */
export function exportRoutes(ctx: AuthContext) {
  return new Hono<UserEnv>().use(requireUser(ctx)).get("/", async (c) => {
    const records = await allRecords(ctx.store, c.get("user").id);
    const now = new Date(ctx.clock.now());
    c.header("cache-control", "no-store");
    c.header(
      "content-disposition",
      `attachment; filename="nura-export-${now.toISOString().slice(0, 10)}.json"`,
    );
    return c.json(buildExport(records.map(toWire), now), 200);
  });
}
