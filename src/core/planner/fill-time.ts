/** What the time filler needs of a block: its bounds, its step unit and its share. */
export interface Span {
  /** Shortest and longest the block may last, in seconds. */
  readonly lo: number;
  readonly hi: number;
  /** Seconds the block grows or shrinks by at a time; 0 when any whole second will do. */
  readonly unit: number;
  readonly weight: number;
}

/**
 * Spare time shared in proportion to weight on top of each minimum, no part above its maximum
 * ("water filling"): parts that would overflow are capped and the rest share what is left again,
 * until none overflows (a few rounds at most for a session's twenty-odd blocks).
 */
function share(spans: readonly Span[], total: number): number[] {
  const parts = spans.map((s) => s.lo);
  const full = spans.map((s) => s.hi <= s.lo || s.weight <= 0);
  let spare = total;
  for (const p of parts) spare -= p;
  for (let round = 0; round <= spans.length && spare > 0; round++) {
    let weight = 0;
    spans.forEach((s, i) => {
      if (!full[i]) weight += s.weight;
    });
    if (weight <= 0) break;
    const perWeight = spare / weight;
    let capped = false;
    spans.forEach((s, i) => {
      if (!full[i] && s.lo + s.weight * perWeight > s.hi) {
        full[i] = true;
        parts[i] = s.hi;
        spare -= s.hi - s.lo;
        capped = true;
      }
    });
    if (capped) continue;
    spans.forEach((s, i) => {
      if (!full[i]) parts[i] = s.lo + s.weight * perWeight;
    });
    break;
  }
  return parts;
}

/** Whole seconds that add up to `total`, each part at least its floor (largest remainder). */
function wholeSeconds(spans: readonly Span[], parts: readonly number[], total: number): number[] {
  const whole = parts.map((p) => Math.floor(p + 1e-9));
  let left = total - whole.reduce((a, b) => a + b, 0);
  const order = parts
    .map((p, i) => ({ i, rest: p - (whole[i] ?? 0) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  while (left > 0) {
    let moved = false;
    for (const { i } of order) {
      if (left <= 0) break;
      if ((whole[i] ?? 0) < (spans[i]?.hi ?? 0)) {
        whole[i] = (whole[i] ?? 0) + 1;
        left -= 1;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return whole;
}

/**
 * Lengths for blocks that add up to `total` seconds when they can: each between its bounds, a
 * counted block a whole number of its units, the spare time shared by weight. When even every
 * block at its longest falls short, each gets its longest and the sum says by how much. Requires
 * the minimums to fit in `total`.
 */
export function fillTime(spans: readonly Span[], total: number): readonly number[] {
  const target = Math.min(
    total,
    spans.reduce((sum, s) => sum + s.hi, 0),
  );
  const ideal = share(spans, target);
  const lengths = spans.map((s, i) =>
    s.unit === 0
      ? 0
      : Math.min(s.hi, s.lo + Math.round(((ideal[i] ?? 0) - s.lo) / s.unit) * s.unit),
  );
  const free = spans.map((_, i) => i).filter((i) => spans[i]?.unit === 0);
  const counted = spans.map((_, i) => i).filter((i) => (spans[i]?.unit ?? 0) > 0);
  const freeLo = free.reduce((sum, i) => sum + (spans[i]?.lo ?? 0), 0);
  const freeHi = free.reduce((sum, i) => sum + (spans[i]?.hi ?? 0), 0);
  const left = (): number => target - lengths.reduce((a, b) => a + b, 0);
  // Counted blocks give way, a unit at a time, until the free blocks can take the rest.
  for (const i of [...counted].sort((a, b) => (spans[b]?.unit ?? 0) - (spans[a]?.unit ?? 0))) {
    const s = spans[i] as Span;
    while (left() < freeLo && (lengths[i] ?? 0) - s.unit >= s.lo)
      lengths[i] = (lengths[i] ?? 0) - s.unit;
    while (left() - s.unit >= freeLo && left() > freeHi && (lengths[i] ?? 0) + s.unit <= s.hi)
      lengths[i] = (lengths[i] ?? 0) + s.unit;
  }
  const rest = Math.max(freeLo, Math.min(freeHi, left()));
  const freeSpans = free.map((i) => spans[i] as Span);
  const freeParts = wholeSeconds(freeSpans, share(freeSpans, rest), rest);
  free.forEach((i, k) => {
    lengths[i] = freeParts[k] ?? 0;
  });
  return lengths;
}
