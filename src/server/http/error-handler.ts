import type { ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError, type ErrorCode, toErrorResponse } from "../errors.ts";
import type { Logger } from "../logger.ts";

const codeForStatus: Readonly<Record<number, ErrorCode>> = {
  400: "bad-request",
  401: "unauthorized",
  403: "forbidden",
  404: "not-found",
  405: "method-not-allowed",
  413: "payload-too-large",
  415: "unsupported-media-type",
  429: "rate-limited",
  503: "unavailable",
};

/** Maps anything thrown in a handler to `{error:{code,message}}`; unknown errors are logged 500s. */
export function errorHandler(logger: Logger): ErrorHandler {
  return (err) => {
    if (err instanceof AppError) return toErrorResponse(err);
    if (err instanceof HTTPException) {
      const code = codeForStatus[err.status] ?? "bad-request";
      const message = code === "payload-too-large" ? "the request body is over 1 MiB" : err.message;
      return toErrorResponse(new AppError(code, message || code));
    }
    logger.error("unhandled error", { error: String(err), stack: (err as Error).stack });
    return toErrorResponse(new AppError("internal", "something went wrong on our side"));
  };
}
