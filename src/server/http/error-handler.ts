import type { ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError, type ErrorCode, toErrorResponse } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { isStoreUnavailable } from "../store/store-faults.ts";

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

/** Seconds a client is asked to wait before retrying while the database cannot serve. */
export const unavailableRetryAfterSeconds = 5;
/** During an outage every request fails the same way; one log line per this many ms is enough. */
const faultLogEveryMs = 10_000;

/** What the error handler needs: where to log, and the store to tell about database faults. */
export interface ErrorHandlerDeps {
  readonly logger: Logger;
  readonly noteStoreFault: () => void;
}

/**
 * Maps anything thrown in a handler to `{error:{code,message}}`. A database that cannot serve
 * (unreachable, restarting, full, read-only) is a 503 `unavailable` with Retry-After, and the
 * store is told so /healthz reports it until it recovers; anything else unknown is a logged 500.
 */
export function errorHandler({ logger, noteStoreFault }: ErrorHandlerDeps): ErrorHandler {
  let lastFaultLog = Number.NEGATIVE_INFINITY;
  let faultsSinceLog = 0;
  return (err) => {
    if (err instanceof AppError) return toErrorResponse(err);
    if (err instanceof HTTPException) {
      const code = codeForStatus[err.status] ?? "bad-request";
      const message = code === "payload-too-large" ? "the request body is over 1 MiB" : err.message;
      return toErrorResponse(new AppError(code, message || code));
    }
    if (isStoreUnavailable(err)) {
      noteStoreFault();
      faultsSinceLog++;
      const now = Date.now();
      if (now - lastFaultLog >= faultLogEveryMs) {
        logger.warn("database unavailable", {
          error: String(err),
          code: (err as { code?: unknown }).code,
          requests: faultsSinceLog,
        });
        lastFaultLog = now;
        faultsSinceLog = 0;
      }
      return toErrorResponse(
        new AppError("unavailable", "the database is not answering; try again in a few seconds", {
          "Retry-After": String(unavailableRetryAfterSeconds),
        }),
      );
    }
    logger.error("unhandled error", { error: String(err), stack: (err as Error).stack });
    return toErrorResponse(new AppError("internal", "something went wrong on our side"));
  };
}
