import { Hono } from "hono";
import { z } from "zod";
import type { SyncRecord } from "../../core/sync/record.ts";
import { type CheckedBody, checkRecord } from "../../core/sync/validate-record.ts";
import type { AuthContext, UserEnv } from "../auth/auth-context.ts";
import { requireUser } from "../auth/require-user.ts";
import { sameOriginOnly } from "../auth/same-origin.ts";
import { AppError } from "../errors.ts";
import { jsonBody, jsonText, queryOf } from "../http/validated.ts";
import { pullPage } from "./pull-page.ts";
import { pushRecords } from "./record-store.ts";

/** The most records one push may carry. */
export const maxPushRecords = 500;
/** Pull page sizes. */
export const defaultPullLimit = 100;
export const maxPullLimit = 500;

const maxSeq = 2_147_483_647;

const pushBody = z.strictObject({
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1 to 64 letters, digits, - or _"),
  records: z.array(z.unknown()).max(maxPushRecords, `must hold at most ${maxPushRecords} records`),
});

const counting = (max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, "must be a whole number")
    .transform(Number)
    .refine((n) => n <= max, `must be at most ${max}`);

const pullQuery = z.object({
  after: counting(maxSeq).optional(),
  limit: counting(maxPullLimit)
    .refine((n) => n >= 1, "must be at least 1")
    .optional(),
});

/** One page of a pull: the records after a cursor, in write order, as the stored documents. */
export interface PullPage {
  readonly records: readonly SyncRecord[];
  readonly cursor: number;
  readonly more: boolean;
}

/**
 * Checks every record of a push; the first bad one fails the whole push (nothing is written).
 * Returns the records, and the body JSON each check made, for storing.
 */
function checkAll(
  values: readonly unknown[],
  nowMs: number,
): { records: SyncRecord[]; bodies: Map<SyncRecord, CheckedBody> } {
  const kinds = new Map<string, string>();
  const bodies = new Map<SyncRecord, CheckedBody>();
  const records = values.map((v, i) => {
    const result = checkRecord(v, { nowMs });
    if (!result.ok) {
      const { field, message, code } = result.problem;
      throw new AppError(code ?? "invalid-input", `records.${i}.${field}: ${message}`);
    }
    if (result.body) bodies.set(result.record, result.body);
    const { id, kind } = result.record;
    if ((kinds.get(id) ?? kind) !== kind) {
      throw new AppError(
        "invalid-input",
        `records.${i}.kind: differs from an earlier record with this id`,
      );
    }
    kinds.set(id, kind);
    return result.record;
  });
  return { records, bodies };
}

/** `/api/sync`: push a device's changes, pull what it has not seen. */
export function syncRoutes(ctx: AuthContext) {
  return (
    new Hono<UserEnv>()
      .use(sameOriginOnly(ctx))
      .use(requireUser(ctx))
      // Every string of a push meets a pattern (deviceId, id, kind, version) or checkRecord's
      // control-character check (bodies), so the text-wide check would only repeat them.
      .post("/push", jsonBody(pushBody, { controls: false }), async (c) => {
        const body = c.req.valid("json");
        const { records, bodies } = checkAll(body.records, ctx.clock.now());
        const user = c.get("user");
        const result = await pushRecords(ctx.store, user.id, records, ctx.quota, bodies).catch(
          (err: unknown) => {
            if (err instanceof AppError && err.code === "quota-exceeded") {
              ctx.security("quota-refused", { userId: user.id, detail: err.message });
            }
            throw err;
          },
        );
        return c.json(
          { accepted: records.length, changed: result.changed, cursor: result.cursor },
          200,
        );
      })
      .get("/pull", queryOf(pullQuery), async (c) => {
        const q = c.req.valid("query");
        const page = await pullPage(
          ctx.store,
          c.get("user").id,
          q.after ?? 0,
          q.limit ?? defaultPullLimit,
        );
        return jsonText<PullPage>(c, page.json);
      })
  );
}
