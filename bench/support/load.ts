import { createRequire } from "node:module";

/** One kind of request autocannon repeats; `setup` may rewrite it before each send. */
export interface LoadRequest {
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly setup?: (req: { headers: Record<string, string>; body?: string; path: string }) => {
    headers: Record<string, string>;
    body?: string;
    path: string;
  };
}

/** What a load run measured. */
export interface LoadResult {
  readonly rps: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly total: number;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;

// autocannon ships no types; this is the slice of its API the benches use.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/**
 * Drives `url` with autocannon: `connections` open connections for `seconds`, one request kind,
 * after a one-second warm-up at the same load that is not counted (so the figures describe the
 * server once its code is compiled, not its first second).
 */
export async function load(
  url: string,
  request: LoadRequest,
  connections = 50,
  seconds = 5,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    warmup: { connections, duration: 1 },
    requests: [
      {
        method: request.method,
        path: request.path,
        headers: request.headers ?? {},
        ...(request.setup ? { setupRequest: request.setup } : {}),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
