import { ConfigError } from "./config-error.ts";

/** The environment as the config reads it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** A whole number from `min` to `max`, or `fallback` when the variable is unset or empty. */
export function readInteger(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `"${raw}" is not a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

/** 1/true or 0/false; `fallback` when unset or empty. */
export function readFlag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  throw new ConfigError(name, `"${raw}" is not 1 or 0`);
}

/** A URL with one of `protocols`; undefined when unset or empty. */
export function readUrl(env: Env, name: string, protocols: readonly string[]): URL | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `"${raw}" is not a URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `scheme "${url.protocol}" is not ${protocols.join(" or ")}`);
  }
  return url;
}
