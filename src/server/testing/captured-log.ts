import { createLogger, type Logger } from "../logger.ts";

/** A logger that keeps its JSON lines for a test to read. */
export function capturedLog(): {
  logger: Logger;
  lines: () => Record<string, unknown>[];
  text: () => string;
} {
  const kept: string[] = [];
  const logger = createLogger("debug", (line) => kept.push(line));
  return {
    logger,
    lines: () => kept.map((l) => JSON.parse(l) as Record<string, unknown>),
    text: () => kept.join("\n"),
  };
}
