/**
 * Which errors mean "the database cannot serve right now" rather than "this request or our code
 * is wrong". The first kind is answered 503 `unavailable` with Retry-After and clears by itself
 * once the database is back; the second stays a logged 500.
 */

// PostgreSQL SQLSTATE classes: 08 connection exception, 53 insufficient resources (disk full,
// out of memory, too many connections), 57P0x operator intervention (terminated backend,
// shutdown, starting up), 58 system error (I/O).
const pgUnavailable = /^(08|53|58)|^57P0[1-4]$/;
// Serialization failure, deadlock, and a read-only standby: the same request may succeed later.
const pgRetryable = new Set(["40001", "40P01", "25006"]);

// Socket-level failures raised by the pg driver before any SQLSTATE exists.
const socketCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
const pgDriverMessages = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /connection (?:is )?closed/i,
];

// SQLite result codes that describe the file or the machine, not the statement: disk full,
// read-only file, I/O error, busy past busy_timeout, cannot open, out of memory, damaged file.
const sqliteUnavailable =
  /^SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN|NOMEM|CORRUPT|NOTADB|PROTOCOL)/;

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** True when `err` says the database is unreachable, full, read-only or restarting. */
export function isStoreUnavailable(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const code = codeOf(err);
  if (code !== undefined) {
    if (code.startsWith("SQLITE_")) return sqliteUnavailable.test(code);
    if (socketCodes.has(code) || pgRetryable.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code)) return pgUnavailable.test(code);
  }
  const message = (err as { message?: unknown }).message;
  return typeof message === "string" && pgDriverMessages.some((m) => m.test(message));
}
