import { checkinBody, sessionFacts } from "../../core/progress/test-fixtures.ts";
import { type AppDeps, createApp } from "../app.ts";
import { type StrengthChecker, workerStrengthChecker } from "../auth/password-strength.ts";
import type { Clock } from "../clock.ts";
import type { Store } from "../store/store.ts";

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  ms: number;
  constructor(ms = Date.parse("2026-11-25T09:00:00.000Z")) {
    this.ms = ms;
  }
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** One answer, read whole. */
export interface ApiAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly json: unknown;
  readonly text: string;
}

/** How to send one request: body as JSON (or raw text), the session cookie, the client address. */
export interface ApiCall {
  readonly body?: unknown;
  readonly raw?: string;
  readonly cookie?: string | undefined;
  readonly ip?: string;
  readonly headers?: Record<string, string>;
  /** Send no Origin header (the default is this site's own origin). */
  readonly noOrigin?: boolean;
}

/** The session cookie (name=value) from a Set-Cookie header, or undefined. */
export function sessionCookie(headers: Headers): string | undefined {
  const m = /((?:__Host-)?nura_session)=([^;]*)/.exec(headers.get("set-cookie") ?? "");
  return m?.[2] ? `${m[1]}=${m[2]}` : undefined;
}

// One password-strength worker for all the harnesses of a test file: each takes a quarter of a
// second and ~90 MB to load its dictionaries.
let sharedStrength: StrengthChecker | undefined;

/** The app over a store, with a manual clock, and a small client for tests. */
export function apiHarness(store: Store, opts: Omit<AppDeps, "store" | "clock"> = {}) {
  const clock = new ManualClock();
  sharedStrength ??= workerStrengthChecker();
  const app = createApp({ store, clock, strength: sharedStrength, ...opts });
  let ipCounter = 0;

  async function call(method: string, path: string, c: ApiCall = {}): Promise<ApiAnswer> {
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (!c.noOrigin && !("origin" in headers)) headers.origin = "http://localhost";
    if (c.cookie) headers.cookie = c.cookie;
    let body: string | undefined;
    if (c.raw !== undefined) body = c.raw;
    else if (c.body !== undefined) body = JSON.stringify(c.body);
    if (body !== undefined && !("content-type" in headers))
      headers["content-type"] = "application/json";
    const env = { incoming: { socket: { remoteAddress: c.ip ?? "192.0.2.1" } } };
    const res = await app.request(
      path,
      { method, headers, ...(body !== undefined ? { body } : {}) },
      env,
    );
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  }

  /** Registers an account (each from its own address, so register limits do not interfere). */
  async function register(email: string, password = "correct horse battery"): Promise<string> {
    ipCounter += 1;
    const res = await call("POST", "/api/auth/register", {
      body: { email, password },
      ip: `198.51.100.${ipCounter % 250}`,
    });
    const cookie = sessionCookie(res.headers);
    if (res.status !== 201 || !cookie)
      throw new Error(`register failed: ${res.status} ${res.text}`);
    return cookie;
  }

  return { app, clock, call, register };
}

/** A body of `kind` that the record check accepts, told apart by `n`. */
function bodyFor(kind: string, n: number): unknown {
  if (kind === "checkin") return checkinBody({ note: `note ${n}` });
  if (kind === "session")
    return sessionBody(new Date(Date.UTC(2026, 0, 1, 7) + n * 60_000).toISOString());
  if (kind === "settings") return { player: { n } };
  return { n };
}

/** A record for tests: a UUID from a number, a stamp from a time and device. */
export function testRecord(
  n: number,
  kind: string,
  ms: number,
  device: string,
  body: unknown = bodyFor(kind, n),
  deleted = false,
) {
  const hex = n.toString(16).padStart(12, "0");
  return {
    id: `0192f000-0000-7000-8000-${hex}`,
    kind,
    version: `${String(ms).padStart(16, "0")}-0000-${device}`,
    deleted,
    body,
  };
}

/** A valid session body of six minutes from `startedAt`. */
export function sessionBody(startedAt: string) {
  return sessionFacts({
    startedAt,
    endedAt: new Date(Date.parse(startedAt) + 360_000).toISOString(),
    slot: "am",
  });
}
