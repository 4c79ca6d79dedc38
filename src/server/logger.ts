import type { LogLevel } from "./config.ts";
import { logLevels } from "./config.ts";

/** A structured logger: one JSON line per event, filtered by level. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

type Sink = (line: string) => void;

/** Creates a logger writing to `sink` (stderr by default) at `level` and above. */
export function createLogger(
  level: LogLevel,
  sink: Sink = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const min = logLevels.indexOf(level);
  const at =
    (lvl: Exclude<LogLevel, "silent">) =>
    (msg: string, fields: Record<string, unknown> = {}): void => {
      if (logLevels.indexOf(lvl) < min) return;
      sink(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields }));
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger("silent", () => {});
