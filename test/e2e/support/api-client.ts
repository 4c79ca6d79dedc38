/** A tiny API client for process-level tests: same-origin headers and one session cookie. */
export class ApiClient {
  cookie: string | undefined;
  readonly base: string;

  constructor(base: string, cookie?: string) {
    this.base = base;
    this.cookie = cookie;
  }

  /** Sends a request; keeps a session cookie the server sets. */
  async send(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown; headers: Headers }> {
    const headers: Record<string, string> = { origin: this.base };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(this.base + path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const m = /nura_session=([^;]*)/.exec(res.headers.get("set-cookie") ?? "");
    if (m?.[1]) this.cookie = `nura_session=${m[1]}`;
    const text = await res.text();
    return {
      status: res.status,
      json: text ? (JSON.parse(text) as unknown) : undefined,
      headers: res.headers,
    };
  }

  /** The same session, talking to another server. */
  via(base: string): ApiClient {
    return new ApiClient(base, this.cookie);
  }
}

/**
 * A record with a UUID made from `n` and a stamp from `ms`: a routine, whose body may be any
 * object (check-ins and sessions must have their full shape).
 */
export function e2eRecord(n: number, ms: number, device: string, body: Record<string, unknown>) {
  return {
    id: `0192f000-0000-7000-8000-${n.toString(16).padStart(12, "0")}`,
    kind: "routine",
    version: `${String(ms).padStart(16, "0")}-0000-${device}`,
    deleted: false,
    body,
  };
}
