import { parseHlc } from "./hlc.ts";
import { isRecordKind, recordKinds, type SyncRecord } from "./record.ts";
import { utf8Length } from "./utf8-length.ts";
import { uuidPattern } from "./uuid7.ts";

/** The largest body one record may carry, as UTF-8 JSON. */
export const maxBodyBytes = 64 * 1024;
/** How deep a body may nest; real bodies are three or four levels deep. */
export const maxBodyDepth = 16;

/** Why a record was refused: the field (dotted path inside the record) and a plain reason. */
export interface RecordProblem {
  readonly field: string;
  readonly message: string;
}

export type RecordCheck =
  | { readonly ok: true; readonly record: SyncRecord }
  | { readonly ok: false; readonly problem: RecordProblem };

const recordKeys = new Set(["id", "kind", "version", "deleted", "body"]);
// Keys that would reach an object's prototype when a body is later spread or assigned.
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function problemIn(value: unknown, path: string, depth: number): RecordProblem | null {
  if (depth > maxBodyDepth) return { field: path, message: `nests deeper than ${maxBodyDepth}` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = problemIn(value[i], `${path}.${i}`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) return { field: `${path}.${key}`, message: "is not allowed" };
      const p = problemIn(value[key], `${path}.${key}`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    return { field: path, message: "must be a finite number" };
  }
  return null;
}

function kindProblem(r: SyncRecord & { body: Record<string, unknown> }): RecordProblem | null {
  // Sessions feed progress and the calendar, which need their start and end.
  if (r.kind === "session") {
    for (const key of ["startedAt", "endedAt"] as const) {
      const v = r.body[key];
      if (typeof v !== "string" || Number.isNaN(Date.parse(v)) || v.length > 40) {
        return { field: `body.${key}`, message: "must be an ISO date-time" };
      }
    }
  }
  return null;
}

/**
 * Checks one record as it arrives from a device: a UUID id, a known kind, a clock stamp, a
 * boolean `deleted`, and a body that is an object (null for a tombstone) of bounded size and
 * depth without prototype keys. Bodies stay loosely typed: each feature owns its body's shape,
 * and only what other features rely on is checked here.
 */
export function checkRecord(value: unknown): RecordCheck {
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
  if (typeof version !== "string" || version.length > 100 || !parseHlc(version)) {
    return fail("version", "must be a clock stamp like 0001764000000000-0000-device");
  }
  if (typeof deleted !== "boolean") return fail("deleted", "must be true or false");
  if (deleted && body === null) {
    return { ok: true, record: { id, kind, version, deleted, body: null } };
  }
  if (!isPlainObject(body)) {
    return fail("body", deleted ? "must be an object or null" : "must be an object");
  }
  const size = utf8Length(JSON.stringify(body));
  if (size > maxBodyBytes) return fail("body", `is over ${maxBodyBytes / 1024} KiB`);
  const deep = problemIn(body, "body", 1);
  if (deep) return { ok: false, problem: deep };
  const record = { id, kind, version, deleted, body };
  const byKind = deleted ? null : kindProblem(record);
  return byKind ? { ok: false, problem: byKind } : { ok: true, record };
}
