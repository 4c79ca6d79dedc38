import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { parsePlanInput } from "../../core/planner/parse-plan-input.ts";
import { planRequest } from "../../core/planner/plan-session.ts";
import type { PlanInput, PlanRequest } from "../../core/planner/plan-types.ts";
import { composeRoutine } from "../../core/routine/compose-routine.ts";
import { parseRoutineInput, type RoutineInput } from "../../core/routine/parse-routine-input.ts";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { AuthContext } from "../auth/auth-context.ts";
import { clientIp } from "../auth/client-ip.ts";
import { hitLimit, limitKey } from "../auth/rate-limit.ts";
import { AppError } from "../errors.ts";
import { bodySizeLimit } from "../http/body-size.ts";
import { jsonBody } from "../http/validated.ts";

/** The largest plan or routine request: a real one is well under 1 KiB. */
export const maxMassageBodyBytes = 16 * 1024;

/**
 * `POST /plan` and `POST /routine`: the core planner and routine composer over HTTP, for
 * programs. Stateless and open (no account): so that one client cannot take the server's time
 * from everyone else, each address gets 60 requests a minute, counted in the database so the
 * limit holds across processes (an address past it is refused from memory, half a second late,
 * on a closing connection, whatever its body), and bodies are capped at 16 KiB (and, like every
 * body, 24 levels deep, checked before parsing). The answer is the JSON `nura plan --json` and
 * `nura routine --json` print; a plan the safety screen stops is still a 200 with verdict
 * `stop`. Bad input is a 400 `invalid-input` whose message starts with the field: core's
 * `parsePlanInput` and `parseRoutineInput` check it, as they do for the CLI and the app.
 */
export function massageRoutes(ctx: AuthContext) {
  const limited = createMiddleware(async (c, next) => {
    const ip = clientIp(c, ctx.trustProxy);
    await hitLimit(ctx.store, limitKey("plan-ip", ip), ctx.limits.planPerIp, ctx.clock.now());
    await next();
  });
  return new Hono()
    .use("/plan", limited, bodySizeLimit(maxMassageBodyBytes))
    .use("/routine", limited, bodySizeLimit(maxMassageBodyBytes))
    .post("/plan", jsonBody<PlanInput, PlanRequest>(parsePlanInput), (c) => {
      return c.json(planRequest(c.req.valid("json"), translatorFor("en")), 200);
    })
    .post("/routine", jsonBody<RoutineInput, RoutineInput>(parseRoutineInput), (c) => {
      const body = c.req.valid("json");
      const result = composeRoutine(body.products, body.slot, translatorFor("en"));
      if (!result.ok) throw new AppError("invalid-input", result.error.message);
      return c.json(result.routine, 200);
    });
}
