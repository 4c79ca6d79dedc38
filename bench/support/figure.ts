/** One measured figure, optionally compared with a baseline measured in the same run. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** What the figure is compared with, measured the same way in the same run. */
  readonly baseline?: { readonly name: string; readonly value: number };
  /** Free-text remark shown after the table (targets, conditions). */
  readonly note?: string;
}

/** A group of figures measured together. */
export interface Bench {
  readonly name: string;
  run(): Promise<readonly Figure[]>;
}

/** value ÷ baseline, or null without a baseline. */
export function ratioOf(f: Figure): number | null {
  if (!f.baseline || f.baseline.value === 0) return null;
  return f.value / f.baseline.value;
}

/** The middle value of a list (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The value at quantile q (0..1) by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx] as number;
}
