import { resolve } from "node:path";

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
}

/** A configuration value that cannot be used; names the variable so the person can fix it. */
export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = "ConfigError";
    this.variable = variable;
  }
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
} as const;

type Env = Readonly<Record<string, string | undefined>>;

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

function readDatabaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("DATABASE_URL", "is not a URL (expected postgres://user:pass@host/db)");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(
      "DATABASE_URL",
      `scheme "${url.protocol}" is not postgres: or postgresql:`,
    );
  }
  return raw;
}

function readLogLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL ?? configVariables.LOG_LEVEL.default;
  const level = logLevels.find((l) => l === raw.toLowerCase());
  if (!level) throw new ConfigError("LOG_LEVEL", `"${raw}" is not one of ${logLevels.join(", ")}`);
  return level;
}

function readFlag(env: Env, name: "NURA_SECURE_COOKIES"): boolean {
  const raw = env[name] ?? configVariables[name].default;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false" || raw === "") return false;
  throw new ConfigError(name, `"${raw}" is not 1 or 0`);
}

/** Reads and checks the configuration: defaults first, then the environment. Throws ConfigError. */
export function loadConfig(env: Env, cwd: string): Config {
  const dataDir = env.NURA_DATA_DIR ?? configVariables.NURA_DATA_DIR.default;
  if (dataDir.trim() === "") throw new ConfigError("NURA_DATA_DIR", "must not be empty");
  return {
    port: readPort(env),
    host: readHost(env),
    dataDir: resolve(cwd, dataDir),
    databaseUrl: readDatabaseUrl(env),
    logLevel: readLogLevel(env),
    secureCookies: readFlag(env, "NURA_SECURE_COOKIES"),
    webDir: env.NURA_WEB_DIR ? resolve(cwd, env.NURA_WEB_DIR) : undefined,
  };
}
