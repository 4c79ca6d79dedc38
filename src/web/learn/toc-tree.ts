import type { TocEntry } from "./guide-types.ts";

/** A section of the table of contents with its subsections. */
export interface TocSection {
  readonly entry: TocEntry;
  readonly children: readonly TocEntry[];
}

/**
 * Groups headings into sections, so subsections nest under their section instead of being
 * numbered in one run. A subsection before the first section becomes a section of its own.
 */
export function tocTree(toc: readonly TocEntry[]): TocSection[] {
  const sections: { entry: TocEntry; children: TocEntry[] }[] = [];
  for (const entry of toc) {
    const last = sections[sections.length - 1];
    if (entry.depth === 3 && last) last.children.push(entry);
    else sections.push({ entry, children: [] });
  }
  return sections;
}
