/**
 * Where a dragged row lands: the index among the rows (their vertical centres, in order, the
 * dragged row's own included at `from`) that the dragged row's centre has passed. Moving down
 * past the next row's centre takes its place; moving up past the previous row's centre, the same.
 */
export function dropIndex(centres: readonly number[], from: number, draggedCentre: number): number {
  let to = from;
  for (let i = from + 1; i < centres.length; i++) {
    if (draggedCentre > (centres[i] as number)) to = i;
  }
  for (let i = from - 1; i >= 0; i--) {
    if (draggedCentre < (centres[i] as number)) to = i;
  }
  return to;
}

/** How far each row shifts while one is dragged from `from` to `to`: the rows between make room. */
export function shiftFor(index: number, from: number, to: number, rowHeight: number): number {
  if (from < to && index > from && index <= to) return -rowHeight;
  if (from > to && index >= to && index < from) return rowHeight;
  return 0;
}
