import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { AppError } from "../errors.ts";

const sizeWords = (bytes: number) =>
  bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;

/**
 * Refuses a request body over `max` bytes before any route reads it. A declared Content-Length
 * is checked from the header alone (Node's HTTP parser holds the body to it), which leaves the
 * body untouched: asking for `req.body` would make the Node adapter build a web-streams Request
 * for every call instead of reading the body directly. Bodies of unknown size (chunked uploads)
 * are counted as they arrive. GET and HEAD bodies are never read, so they are not looked at.
 */
export function bodySizeLimit(max: number) {
  // The connection is closed after the answer: otherwise the server would go on reading (and
  // throwing away) the rest of an oversized body, only to keep the connection alive.
  const tooLarge = () =>
    new AppError("payload-too-large", `the request body is over ${sizeWords(max)}`, {
      connection: "close",
    });
  const counting = bodyLimit({
    maxSize: max,
    onError: () => {
      throw tooLarge();
    },
  });
  return createMiddleware(async (c, next) => {
    const declared = c.req.header("content-length");
    if (declared !== undefined) {
      if (Number(declared) > max) throw tooLarge();
      return next();
    }
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return counting(c, next);
  });
}
