import { resolve } from "node:path";
import { ConfigError } from "./config-error.ts";
import { type Env, readFlag, readInteger, readUrl } from "./config-read.ts";
import { defaultQuota } from "./sync/quota.ts";

/** Levels a log line can have, quietest last. */
export const logLevels = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

/** Everything the server reads from its environment, typed and checked. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly logLevel: LogLevel;
  readonly secureCookies: boolean;
  /** The built web app to serve; undefined means the one beside the server (dist/web). */
  readonly webDir: string | undefined;
  /** Records one account may store, tombstones included. */
  readonly maxRecords: number;
  /** UTF-8 bytes of records one account may store. */
  readonly maxAccountBytes: number;
  /** How many proxies in front of Nura to trust for X-Forwarded-For (0: use the socket). */
  readonly trustProxy: number;
  /** Days a sign-in lasts at most, however active the session. */
  readonly sessionMaxDays: number;
  /** Where to send password-reset mail (smtp:// or smtps://); unset, resets go through the CLI. */
  readonly smtpUrl: string | undefined;
  /** The From address of that mail. */
  readonly mailFrom: string;
  /** The address people reach Nura at, for links in mail and calendars; unset, the request's. */
  readonly publicUrl: string | undefined;
  /** Open connections at most; more are refused until some close. */
  readonly maxConnections: number;
}

/** The variables `loadConfig` reads, with their defaults and meaning (the README table mirrors this). */
export const configVariables = {
  PORT: { default: "8080", about: "TCP port to listen on (0 picks a free one)" },
  HOST: { default: "0.0.0.0", about: "interface to bind" },
  NURA_DATA_DIR: { default: "./data", about: "folder for the embedded SQLite file" },
  DATABASE_URL: {
    default: "(unset)",
    about: "postgres:// URL; when set, PostgreSQL replaces SQLite",
  },
  LOG_LEVEL: { default: "info", about: "debug, info, warn, error or silent" },
  NURA_SECURE_COOKIES: { default: "0", about: "1 marks cookies Secure even behind plain HTTP" },
  NURA_WEB_DIR: { default: "dist/web", about: "folder of the built web app to serve" },
  NURA_MAX_RECORDS: { default: "20000", about: "records one account may store" },
  NURA_MAX_ACCOUNT_BYTES: { default: "25000000", about: "bytes one account may store" },
  NURA_TRUST_PROXY: {
    default: "0",
    about: "proxies in front of Nura to trust for X-Forwarded-For",
  },
  NURA_SESSION_MAX_DAYS: { default: "90", about: "days a sign-in lasts at most" },
  NURA_SMTP_URL: {
    default: "(unset)",
    about: "smtp:// or smtps:// server for password-reset mail",
  },
  NURA_MAIL_FROM: { default: "Nura <nura@HOST>", about: "From address of that mail" },
  NURA_PUBLIC_URL: { default: "(unset)", about: "the address people reach Nura at" },
  NURA_MAX_CONNECTIONS: { default: "1000", about: "open connections at most" },
} as const;

function readPort(env: Env): number {
  const raw = env.PORT ?? configVariables.PORT.default;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError("PORT", `"${raw}" is not a port number from 0 to 65535`);
  }
  return Number(raw);
}

function readHost(env: Env): string {
  const raw = env.HOST ?? configVariables.HOST.default;
  if (raw.trim() === "" || /\s/.test(raw)) {
    throw new ConfigError("HOST", `"${raw}" is not a host name or address`);
  }
  return raw;
}

function readLogLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL ?? configVariables.LOG_LEVEL.default;
  const level = logLevels.find((l) => l === raw.toLowerCase());
  if (!level) throw new ConfigError("LOG_LEVEL", `"${raw}" is not one of ${logLevels.join(", ")}`);
  return level;
}

function readPublicUrl(env: Env): string | undefined {
  const url = readUrl(env, "NURA_PUBLIC_URL", ["http:", "https:"]);
  if (url === undefined) return undefined;
  if (url.pathname !== "/" || url.search || url.hash || url.username) {
    throw new ConfigError("NURA_PUBLIC_URL", "must be an origin only, like https://nura.example");
  }
  return url.origin;
}

function readMailFrom(env: Env, publicUrl: string | undefined, host: string): string {
  const raw = env.NURA_MAIL_FROM;
  if (raw === undefined || raw === "") {
    return `Nura <nura@${publicUrl ? new URL(publicUrl).hostname : host === "0.0.0.0" ? "localhost" : host}>`;
  }
  if (!/^[^\r\n<>]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(raw)) {
    throw new ConfigError(
      "NURA_MAIL_FROM",
      `"${raw}" is not an address like Nura <nura@example.org>`,
    );
  }
  return raw;
}

/** Reads and checks the configuration: defaults first, then the environment. Throws ConfigError. */
export function loadConfig(env: Env, cwd: string): Config {
  const dataDir = env.NURA_DATA_DIR ?? configVariables.NURA_DATA_DIR.default;
  if (dataDir.trim() === "") throw new ConfigError("NURA_DATA_DIR", "must not be empty");
  const host = readHost(env);
  const publicUrl = readPublicUrl(env);
  const database = readUrl(env, "DATABASE_URL", ["postgres:", "postgresql:"]);
  const smtp = readUrl(env, "NURA_SMTP_URL", ["smtp:", "smtps:"]);
  // A reset link built from the request's Host header could point at a host an attacker
  // named, carrying the victim's token there: mail goes out only with a fixed public address.
  if (smtp && !publicUrl) {
    throw new ConfigError(
      "NURA_SMTP_URL",
      "needs NURA_PUBLIC_URL too, so reset links point at this server and nowhere else",
    );
  }
  return {
    port: readPort(env),
    host,
    dataDir: resolve(cwd, dataDir),
    databaseUrl: database ? (env.DATABASE_URL as string) : undefined,
    logLevel: readLogLevel(env),
    secureCookies: readFlag(env, "NURA_SECURE_COOKIES", false),
    webDir: env.NURA_WEB_DIR ? resolve(cwd, env.NURA_WEB_DIR) : undefined,
    maxRecords: readInteger(env, "NURA_MAX_RECORDS", defaultQuota.maxRecords, 1, 100_000_000),
    maxAccountBytes: readInteger(
      env,
      "NURA_MAX_ACCOUNT_BYTES",
      defaultQuota.maxBytes,
      1024,
      2 ** 50,
    ),
    trustProxy: readInteger(env, "NURA_TRUST_PROXY", 0, 0, 10),
    sessionMaxDays: readInteger(env, "NURA_SESSION_MAX_DAYS", 90, 1, 3650),
    smtpUrl: smtp?.toString(),
    mailFrom: readMailFrom(env, publicUrl, host),
    publicUrl,
    maxConnections: readInteger(env, "NURA_MAX_CONNECTIONS", 1000, 1, 1_000_000),
  };
}
