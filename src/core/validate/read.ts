import { type Checked, invalid, valid } from "./input-error.ts";

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Shows a value in a message without letting a huge or odd value flood it. */
export function describe(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (
    typeof value === "number" ||
    typeof value === "boolean" ||
    value === null ||
    value === undefined
  ) {
    return String(value);
  }
  return Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : typeof value;
}

/**
 * Refuses a key of `value` that is not one of `allowed`: a misspelt field would otherwise be
 * ignored and its answer silently lost. The error names the object (`field`, shown as `name`).
 */
export function readKnownKeys(
  value: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
  field: string,
  name: string = field,
): Checked<true> {
  const stray = Object.keys(value).find((key) => !allowed.includes(key));
  if (stray === undefined) return valid(true);
  return invalid(
    field,
    `${name} has an unknown field ${describe(stray)}; known fields: ${allowed.join(", ")}`,
  );
}

/** Refuses a list longer than `max`, a bound on input that no real request comes near. */
export function readBoundedList(
  value: readonly unknown[],
  max: number,
  field: string,
): Checked<readonly unknown[]> {
  return value.length <= max
    ? valid(value)
    : invalid(field, `${field} must hold at most ${max} items; got ${value.length}`);
}

/** Reads one of `allowed`, naming `field` and the choices when it is something else. */
export function readEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): Checked<T> {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return valid(value as T);
  return invalid(field, `${field} must be one of ${allowed.join(", ")}; got ${describe(value)}`);
}

/**
 * Reads an optional list of `allowed` values: absent means empty, duplicates are dropped and
 * the result keeps the order of `allowed`, so equal sets give equal plans. A list may name each
 * value twice at most; a longer one is not a real answer.
 */
export function readEnumList<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): Checked<readonly T[]> {
  if (value === undefined) return valid([]);
  if (!Array.isArray(value))
    return invalid(field, `${field} must be a list; got ${describe(value)}`);
  const bounded = readBoundedList(value, allowed.length * 2, field);
  if (!bounded.ok) return bounded;
  const seen = new Set<string>();
  for (const [index, item] of value.entries()) {
    if (typeof item !== "string" || !(allowed as readonly string[]).includes(item)) {
      return invalid(
        field,
        `${field}[${index}] must be one of ${allowed.join(", ")}; got ${describe(item)}`,
      );
    }
    seen.add(item);
  }
  return valid(allowed.filter((id) => seen.has(id)));
}

/** Reads an integer in `min..max`. */
export function readInteger(
  value: unknown,
  min: number,
  max: number,
  field: string,
): Checked<number> {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max)
    return valid(value);
  return invalid(
    field,
    `${field} must be a whole number from ${min} to ${max}; got ${describe(value)}`,
  );
}
