import { Hono } from "hono";
import { composeRoutine, planSession } from "../../core/index.ts";
import { AppError } from "../errors.ts";
import { readJson } from "../http/read-json.ts";
import { planBody, routineBody } from "./massage-schemas.ts";

/**
 * `POST /plan` and `POST /routine`: the core planner and routine composer over HTTP, for
 * programs. Stateless and open (no account, no store). The answer is the JSON `nura plan --json`
 * and `nura routine --json` print; a plan the safety screen stops is still a 200 with verdict
 * `stop`. Bad input is a 400 `invalid-input` whose message starts with the field.
 */
export function massageRoutes() {
  return new Hono()
    .post("/plan", async (c) => {
      const body = await readJson(c, planBody);
      const result = planSession(body);
      if (!result.ok) throw new AppError("invalid-input", result.error.message);
      return c.json(result.plan, 200);
    })
    .post("/routine", async (c) => {
      const body = await readJson(c, routineBody);
      const products = body.products.map((p) => (typeof p === "string" ? { kind: p } : p));
      const result = composeRoutine(products, body.slot);
      if (!result.ok) throw new AppError("invalid-input", result.error.message);
      return c.json(result.routine, 200);
    });
}
