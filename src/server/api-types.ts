/**
 * The only server module the web app may import, and only for types: the API's route types
 * for Hono's typed client, and the error body shape.
 */

export type { Api } from "./app.ts";
export type { ErrorBody, ErrorCode } from "./errors.ts";
