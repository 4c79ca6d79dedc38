import { type Checked, invalid, valid } from "../validate/input-error.ts";

/** Limits on an imported file, so a hostile one cannot exhaust memory or smuggle keys. */
export interface ScanLimits {
  readonly maxDepth: number;
  readonly maxString: number;
  readonly maxNodes: number;
}

/** Generous for any real export (two years of data is ~1 MB), tight for an attack. */
export const DEFAULT_LIMITS: ScanLimits = { maxDepth: 16, maxString: 20_000, maxNodes: 2_000_000 };

/** Keys that change an object's prototype when copied with assignment. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Walks a parsed JSON value and refuses it when it nests too deep, holds a huge string, has too
 * many values, or uses a key that could pollute prototypes (JSON.parse keeps `__proto__` as a
 * plain key, but any later `Object.assign` or merge would not). Iterative, so deep nesting cannot
 * overflow the stack before the depth check fires.
 */
export function scanJson(root: unknown, limits: ScanLimits = DEFAULT_LIMITS): Checked<true> {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: "file", depth: 0 },
  ];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (++nodes > limits.maxNodes) return invalid("file", "the file holds too many values");
    if (typeof value === "string") {
      if (value.length > limits.maxString)
        return invalid(
          path,
          `${path} is ${value.length} characters long; at most ${limits.maxString}`,
        );
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth >= limits.maxDepth) return invalid(path, `${path} is nested too deeply`);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        return invalid(`${path}.${key}`, `${path} uses the forbidden key "${key}"`);
      if (key.length > 200) return invalid(path, `${path} has a key longer than 200 characters`);
      stack.push({
        value: (value as Record<string, unknown>)[key],
        path: `${path}.${key}`,
        depth: depth + 1,
      });
    }
  }
  return valid(true);
}
