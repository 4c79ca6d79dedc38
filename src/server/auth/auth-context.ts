import type { Clock } from "../clock.ts";
import type { Logger } from "../logger.ts";
import type { Store } from "../store/store.ts";
import type { Quota } from "../sync/quota.ts";
import type { Mailer } from "./mailer.ts";
import type { StrengthChecker } from "./password-strength.ts";
import type { RateLimits } from "./rate-limit.ts";
import type { SecurityLog } from "./security-log.ts";
import type { SessionUser } from "./session-store.ts";

/** What the account and sync routes share, resolved from AppDeps with defaults. */
export interface AuthContext {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly security: SecurityLog;
  /** Always mark the cookie Secure (behind a TLS proxy); otherwise only for https requests. */
  readonly secureCookies: boolean;
  readonly limits: RateLimits;
  /** What each account may store. */
  readonly quota: Quota;
  /** Proxies in front of the server whose X-Forwarded-For is trusted (see client-ip.ts). */
  readonly trustProxy: number;
  /** The longest a session lasts after sign-in, however active. */
  readonly sessionMaxAgeMs: number;
  /** Rates new passwords (zxcvbn, off the main thread). */
  readonly strength: StrengthChecker;
  /** Sends password-reset mail; undefined when no SMTP server is configured. */
  readonly mailer: Mailer | undefined;
  /** The origin people reach Nura at, for links in mail and calendars; undefined: the request's. */
  readonly publicUrl: string | undefined;
}

/** The Hono environment of routes behind `requireUser`. */
export interface UserEnv {
  Variables: { user: SessionUser; sessionToken: string };
}
