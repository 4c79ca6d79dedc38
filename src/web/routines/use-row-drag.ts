import { useRef, useState } from "preact/hooks";
import { dropIndex, shiftFor } from "./drop-index.ts";

/** A row being dragged: where it started, where it would land, and how far the pointer moved. */
interface Drag {
  readonly from: number;
  readonly to: number;
  readonly dy: number;
  readonly rowHeight: number;
}

/** What the list needs to draw a drag and to start one from a row's handle. */
export interface RowDrag {
  /** The index being dragged, if any. */
  readonly dragging: number | undefined;
  /** The vertical offset to draw row `index` at while a drag is on. */
  offset(index: number): number;
  /** Starts a drag of row `index` from a pointer down on its handle. */
  start(event: PointerEvent, index: number): void;
}

/**
 * Drag to reorder with a pointer (mouse, finger or pen) on a row's handle. The rows of the list
 * are `li` children of the handle's `ol`; the dragged row follows the pointer, the rows it passes
 * make room, and on release `onDrop(from, to)` is called when it landed elsewhere.
 */
export function useRowDrag(onDrop: (from: number, to: number) => void): RowDrag {
  const [drag, setDrag] = useState<Drag>();
  const latest = useRef<Drag | undefined>(undefined);
  const set = (next: Drag | undefined): void => {
    latest.current = next;
    setDrag(next);
  };
  return {
    dragging: drag?.from,
    offset(index) {
      if (!drag) return 0;
      return index === drag.from ? drag.dy : shiftFor(index, drag.from, drag.to, drag.rowHeight);
    },
    start(event, from) {
      if (event.button !== 0) return;
      const handle = event.currentTarget as HTMLElement;
      const rows = [...(handle.closest("ol")?.children ?? [])] as HTMLElement[];
      const row = rows[from];
      if (!row) return;
      event.preventDefault();
      handle.setPointerCapture(event.pointerId);
      const centres = rows.map((r) => {
        const box = r.getBoundingClientRect();
        return box.top + box.height / 2;
      });
      const next = rows[from + 1] ?? rows[from - 1];
      const rowHeight = next
        ? Math.abs((centres[rows.indexOf(next)] as number) - (centres[from] as number))
        : row.offsetHeight;
      const startY = event.clientY;
      set({ from, to: from, dy: 0, rowHeight });
      const move = (e: PointerEvent): void => {
        const dy = e.clientY - startY;
        set({ from, to: dropIndex(centres, from, (centres[from] as number) + dy), dy, rowHeight });
      };
      const end = (): void => {
        handle.removeEventListener("pointermove", move);
        handle.removeEventListener("pointerup", end);
        handle.removeEventListener("pointercancel", cancel);
        const last = latest.current;
        set(undefined);
        if (last && last.to !== last.from) onDrop(last.from, last.to);
      };
      const cancel = (): void => {
        latest.current = undefined;
        end();
      };
      handle.addEventListener("pointermove", move);
      handle.addEventListener("pointerup", end);
      handle.addEventListener("pointercancel", cancel);
    },
  };
}
