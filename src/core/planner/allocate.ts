/**
 * Splits `total` whole seconds into parts that each get at least their minimum, with the rest
 * shared in proportion to the weights. Weights are rounded to tenths and the sharing is done in
 * integers (largest remainder, ties to the earlier part), so the parts always add up to `total`
 * exactly and the same input always splits the same way. Requires `total >= sum(minimums)`.
 */
export function allocate(
  weights: readonly number[],
  minimums: readonly number[],
  total: number,
): readonly number[] {
  const spare = total - minimums.reduce((sum, m) => sum + m, 0);
  const units = weights.map((w) => Math.max(1, Math.round(w * 10)));
  const unitSum = units.reduce((sum, u) => sum + u, 0);
  const parts = units.map((u, i) => Math.floor((u * spare) / unitSum) + (minimums[i] ?? 0));
  let left = total - parts.reduce((sum, p) => sum + p, 0);
  const byRemainder = units
    .map((u, i) => ({ i, rest: (u * spare) % unitSum }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
