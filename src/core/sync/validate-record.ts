import { validateCheckin } from "../progress/checkin-validate.ts";
import { validateSession } from "../progress/session-facts.ts";
import type { Checked } from "../validate/input-error.ts";
import { MAX_CLOCK_AHEAD_MS, parseHlc } from "./hlc.ts";
import { isRecordKind, type RecordKind, recordKinds, type SyncRecord } from "./record.ts";
import { utf8Length } from "./utf8-length.ts";
import { uuidPattern } from "./uuid7.ts";

/** The largest body one record may carry, as UTF-8 JSON. */
export const maxBodyBytes = 64 * 1024;
/** How deep a body may nest; real bodies are three or four levels deep. */
export const maxBodyDepth = 16;

/**
 * Why a record was refused: the field (dotted path inside the record) and a plain reason.
 * `clock-skew` marks a stamp from too far in the future, which a receiver answers apart.
 */
export interface RecordProblem {
  readonly field: string;
  readonly message: string;
  readonly code?: "clock-skew";
}

/**
 * The body of an accepted record as JSON text and its UTF-8 size, measured by the check anyway:
 * the server stores the record from it without serialising the body a second time. Absent for
 * a tombstone with no body.
 */
export interface CheckedBody {
  readonly json: string;
  readonly bytes: number;
}

export type RecordCheck =
  | { readonly ok: true; readonly record: SyncRecord; readonly body?: CheckedBody }
  | { readonly ok: false; readonly problem: RecordProblem };

/** What a check needs from its caller: the receiver's wall clock, to refuse future stamps. */
export interface RecordCheckContext {
  readonly nowMs: number;
}

const recordKeys = new Set(["id", "kind", "version", "deleted", "body"]);
// Keys that would reach an object's prototype when a body is later spread or assigned.
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// C0 controls other than tab, line feed and carriage return: no person types them, and
// PostgreSQL refuses NUL in text, so a body holding one could never sync. JSON.stringify writes
// them as \b, \f or \u00XX; an escape counts only after an even run of backslashes.
const escapedControl = /(?:^|[^\\])(?:\\\\)*\\(?:[bf]|u00(?:0[0-8bcef]|1[0-9a-f]))/;

/** True when `text` holds a C0 control other than tab, line feed or carriage return. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

/** A problem found below the body, its path from the value that holds it, built on the way up. */
interface Found {
  readonly path: string[];
  readonly message: string;
}

const found = (message: string): Found => ({ path: [], message });

/**
 * Walks a value and stops at the first level past {@link maxBodyDepth}, the first prototype
 * key or the first non-finite number; `controls` also looks for control characters, which is
 * only needed to say where one is. The walk recurses, but never further than the depth it
 * allows, so no body can overflow the stack.
 */
function shapeProblem(value: unknown, depth: number, controls: boolean): Found | null {
  if (depth > maxBodyDepth) return found(`nests deeper than ${maxBodyDepth}`);
  if (typeof value === "string") {
    return controls && hasControlCharacter(value)
      ? found("must not contain control characters")
      : null;
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? null : found("must be a finite number");
  }
  if (typeof value !== "object" || value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const below = shapeProblem(value[i], depth + 1, controls);
      if (below) return { path: [String(i), ...below.path], message: below.message };
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) return { path: [key], message: "is not allowed" };
    if (controls && hasControlCharacter(key)) return found("has a key with control characters");
    const below = shapeProblem((value as Record<string, unknown>)[key], depth + 1, controls);
    if (below) return { path: [key, ...below.path], message: below.message };
  }
  return null;
}

function fromChecked(checked: Checked<unknown>): RecordProblem | null {
  if (checked.ok) return null;
  const { field, message } = checked.error;
  // The body checkers name the field in their message ("body.at must be …"); say it once.
  const reason = message.startsWith(`${field} `) ? message.slice(field.length + 1) : message;
  return { field, message: reason };
}

/**
 * The shape each kind's body must have where other features rely on it: sessions feed progress,
 * Today and the calendar; check-ins feed progress; settings are sections of objects. Profile
 * and routine bodies are read by versioned readers on the device, so any object passes here.
 * Fields a newer app adds are kept, since only the original body is ever stored.
 */
function kindProblem(kind: RecordKind, body: Record<string, unknown>): RecordProblem | null {
  if (kind === "session") return fromChecked(validateSession(body, "body"));
  if (kind === "checkin") return fromChecked(validateCheckin(body, "body"));
  if (kind === "settings") {
    for (const [section, value] of Object.entries(body)) {
      if (!isPlainObject(value)) return { field: `body.${section}`, message: "must be an object" };
    }
  }
  return null;
}

/**
 * The one check every record passes before it is stored, on the server (sync push) and on the
 * device (import): a UUID id, a known kind, a clock stamp no more than ten minutes ahead of the
 * receiver's clock, a boolean `deleted`, and a body that is an object (null for a tombstone) of
 * bounded size and depth, without prototype keys or control characters, in its kind's shape.
 */
export function checkRecord(value: unknown, context: RecordCheckContext): RecordCheck {
  const fail = (field: string, message: string): RecordCheck => ({
    ok: false,
    problem: { field, message },
  });
  if (!isPlainObject(value)) return fail("record", "must be an object");
  for (const key of Object.keys(value)) {
    if (!recordKeys.has(key)) return fail(key, "is not a record field");
  }
  const { id, kind, version, deleted, body } = value;
  if (typeof id !== "string" || !uuidPattern.test(id)) return fail("id", "must be a UUID");
  if (!isRecordKind(kind)) return fail("kind", `must be one of ${recordKinds.join(", ")}`);
  const stamp = typeof version === "string" && version.length <= 100 ? parseHlc(version) : null;
  if (typeof version !== "string" || stamp === null) {
    return fail("version", "must be a clock stamp like 0001764000000000-0000-device");
  }
  if (stamp.ms > context.nowMs + MAX_CLOCK_AHEAD_MS) {
    return {
      ok: false,
      problem: {
        field: "version",
        code: "clock-skew",
        message: `is dated more than ${MAX_CLOCK_AHEAD_MS / 60_000} minutes ahead of this clock; check the device's date and time`,
      },
    };
  }
  if (typeof deleted !== "boolean") return fail("deleted", "must be true or false");
  if (deleted && body === null) {
    return { ok: true, record: { id, kind, version, deleted, body: null } };
  }
  if (!isPlainObject(body)) {
    return fail("body", deleted ? "must be an object or null" : "must be an object");
  }
  const shape = shapeProblem(body, 1, false);
  if (shape) return fail(["body", ...shape.path].join("."), shape.message);
  const json = JSON.stringify(body);
  // One pass over the text finds a control character; only then a walk says where it is.
  const control = escapedControl.test(json) ? shapeProblem(body, 1, true) : null;
  if (control) return fail(["body", ...control.path].join("."), control.message);
  const bytes = utf8Length(json);
  if (bytes > maxBodyBytes) return fail("body", `is over ${maxBodyBytes / 1024} KiB`);
  const byKind = deleted ? null : kindProblem(kind, body);
  return byKind
    ? { ok: false, problem: byKind }
    : { ok: true, record: { id, kind, version, deleted, body }, body: { json, bytes } };
}
