import type { Context, MiddlewareHandler, TypedResponse } from "hono";
import type { z } from "zod";
import type { Checked } from "../../core/validate/input-error.ts";
import type { JsonTextChecks } from "./json-text.ts";
import { readJson, validate } from "./read-json.ts";

/** A middleware that checks one part of a request, with the types Hono's client reads. */
type Checks<Target extends "json" | "query", In, Out> = MiddlewareHandler<
  // biome-ignore lint/suspicious/noExplicitAny: Hono's own validator leaves the route's Env open the same way, so it fits any sub-app.
  any,
  string,
  { in: { [K in Target]: In }; out: { [K in Target]: Out } }
>;

/**
 * A route's JSON body, read and checked before its handler (see {@link readJson}: media type,
 * depth, control characters, then the check) and handed to it as `c.req.valid("json")`. Its
 * input type is what the web's typed client must send: the zod schema's input, or, for a core
 * check, the type named first (`jsonBody<PlanInput, PlanRequest>(parsePlanInput)`).
 */
export function jsonBody<S extends z.ZodType>(
  schema: S,
  checks?: JsonTextChecks,
): Checks<"json", z.input<S>, z.output<S>>;
export function jsonBody<In, Out>(
  check: (value: unknown) => Checked<Out>,
  checks?: JsonTextChecks,
): Checks<"json", In, Out>;
export function jsonBody(
  check: z.ZodType | ((value: unknown) => Checked<unknown>),
  checks: JsonTextChecks = {},
): Checks<"json", unknown, unknown> {
  return async (c, next) => {
    c.req.addValidatedData("json", (await readJson(c, check, checks)) as object);
    await next();
  };
}

/** A route's query string, checked by a zod schema and handed to it as `c.req.valid("query")`. */
export function queryOf<S extends z.ZodType>(schema: S): Checks<"query", z.input<S>, z.output<S>> {
  return async (c, next) => {
    c.req.addValidatedData("query", validate(schema, c.req.query()) as object);
    await next();
  };
}

/**
 * Answers JSON text made elsewhere (documents spliced as stored) as the `T` it is: the one place
 * such a route declares its JSON type, so the typed client sees it like any `c.json` answer.
 */
export function jsonText<T>(c: Context, text: string): Response & TypedResponse<T, 200, "json"> {
  const res = c.body(text, 200, { "content-type": "application/json; charset=utf-8" });
  return res as unknown as Response & TypedResponse<T, 200, "json">;
}
