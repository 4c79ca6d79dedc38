/**
 * The chosen values after one chip is ticked or unticked, in the options' order. Ticking the
 * `exclusive` value ("None") clears the others; ticking another clears it.
 */
export function toggleChoice<T>(
  options: readonly T[],
  chosen: readonly T[],
  value: T,
  on: boolean,
  exclusive?: T,
): T[] {
  const next = new Set(chosen);
  if (on) {
    if (exclusive !== undefined && value === exclusive) next.clear();
    else if (exclusive !== undefined) next.delete(exclusive);
    next.add(value);
  } else {
    next.delete(value);
  }
  return options.filter((o) => next.has(o));
}
