import type { Context } from "hono";
import type { z } from "zod";
import type { Checked } from "../../core/validate/input-error.ts";
import { AppError } from "../errors.ts";
import { type JsonTextChecks, jsonTextProblem } from "./json-text.ts";

/**
 * How deep a request body may nest. The deepest real one, a sync push, is a record body (at most
 * 16 levels, checked per record) inside three levels of envelope.
 */
export const maxJsonDepth = 24;

/** Turns a zod issue path into the dotted field name people see in the message. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "body" : path.map(String).join(".");
}

/** Validates a value with a zod schema; a failure becomes a 400 naming the first bad field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = fieldName(issue?.path ?? []);
  throw new AppError("invalid-input", `${field}: ${issue?.message ?? "is not valid"}`);
}

/** A core check's refusal becomes a 400 with the core's message, which starts with the field. */
function orInvalid<T>(result: Checked<T>): T {
  if (result.ok) return result.value;
  throw new AppError("invalid-input", result.error.message);
}

/**
 * How a route checks its body: a zod schema, or a core check (for input the core owns, such as
 * the planner's, so the API, the CLI and the app share one validator and one set of messages).
 */
export type BodyCheck<T> = z.ZodType<T> | ((value: unknown) => Checked<T>);

/**
 * Reads a JSON request body and validates it at the edge. Malformed JSON is a 400
 * `invalid-json`; a body nested deeper than {@link maxJsonDepth} or holding a control character
 * in a string is refused before it is parsed, and a body that parses but does not fit the
 * schema is a 400 `invalid-input`.
 */
export async function readJson<T>(
  c: Context,
  check: BodyCheck<T>,
  checks: JsonTextChecks = {},
): Promise<T> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("unsupported-media-type", "send the body as application/json");
  }
  const text = await c.req.text();
  const problem = jsonTextProblem(text, maxJsonDepth, checks);
  if (problem?.kind === "too-deep") {
    throw new AppError("invalid-input", `body: nests deeper than ${problem.maxDepth} levels`);
  }
  if (problem?.kind === "control-character") {
    throw new AppError(
      "invalid-input",
      "body: text must not contain control characters (such as NUL); tab and new line are fine",
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("invalid-json", "the request body is not valid JSON");
  }
  return typeof check === "function" ? orInvalid(check(value)) : validate(check, value);
}
