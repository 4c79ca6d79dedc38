import { Hono } from "hono";
import { unavailableRetryAfterSeconds } from "../http/error-handler.ts";
import type { Store } from "../store/store.ts";

/** `GET /healthz`: 200 with the database kind only while the database answers (after a
 * fault, only once a write succeeds again), 503 with Retry-After otherwise. */
export function healthRoutes(store: Store) {
  return new Hono().get("/healthz", async (c) => {
    c.header("cache-control", "no-store");
    if (await store.ping()) return c.json({ status: "ok", db: store.dialect } as const, 200);
    c.header("retry-after", String(unavailableRetryAfterSeconds));
    return c.json(
      { error: { code: "unavailable", message: "the database is not answering" } } as const,
      503,
    );
  });
}
