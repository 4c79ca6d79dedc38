import type { Clock } from "../clock.ts";
import type { Store } from "../store/store.ts";
import type { Quota } from "../sync/quota.ts";
import type { RateLimits } from "./rate-limit.ts";
import type { SessionUser } from "./session-store.ts";

/** What the account and sync routes share, resolved from AppDeps with defaults. */
export interface AuthContext {
  readonly store: Store;
  readonly clock: Clock;
  /** Always mark the cookie Secure (behind a TLS proxy); otherwise only for https requests. */
  readonly secureCookies: boolean;
  readonly limits: RateLimits;
  /** What each account may store. */
  readonly quota: Quota;
}

/** The Hono environment of routes behind `requireUser`. */
export interface UserEnv {
  Variables: { user: SessionUser; sessionToken: string };
}
