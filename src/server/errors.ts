import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The error codes the API can answer with, each bound to one HTTP status. */
export const errorStatus = {
  "bad-request": 400,
  "invalid-json": 400,
  "invalid-input": 400,
  "clock-skew": 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  "method-not-allowed": 405,
  conflict: 409,
  "payload-too-large": 413,
  "quota-exceeded": 413,
  "unsupported-media-type": 415,
  "rate-limited": 429,
  internal: 500,
  "not-configured": 501,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorStatus;

/** The one error type the API throws; `toErrorResponse` turns it into `{error:{code,message}}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.headers = headers;
  }

  get status(): ContentfulStatusCode {
    return errorStatus[this.code];
  }
}

/** The JSON shape of every error the API answers. */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

/** Builds the response for an error: the one place codes become statuses and bodies. */
export function toErrorResponse(err: AppError): Response {
  const body: ErrorBody = { error: { code: err.code, message: err.message } };
  return new Response(JSON.stringify(body), {
    status: err.status,
    headers: { "content-type": "application/json; charset=utf-8", ...err.headers },
  });
}
