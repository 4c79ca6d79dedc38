/** The words-per-minute a read time is computed with: a common figure for reading on a screen. */
export const WORDS_PER_MINUTE = 200;

/** A heading of a guide, for its table of contents. */
export interface TocEntry {
  readonly id: string;
  readonly text: string;
  /** 2 for a section, 3 for a subsection. */
  readonly depth: 2 | 3;
}

/** What a guide's front matter holds, validated. */
export interface GuideMeta {
  readonly title: string;
  readonly summary: string;
  readonly author: string;
  /** `yyyy-MM-dd`. */
  readonly date: string;
  readonly tags: readonly string[];
  /** Slugs of related guides. */
  readonly related: readonly string[];
}

/** A guide as the app shows it: rendered at build time, shipped as data. */
export interface GuideEntry extends GuideMeta {
  readonly slug: string;
  readonly words: number;
  /** Whole minutes at {@link WORDS_PER_MINUTE}, at least 1. */
  readonly readMinutes: number;
  /** The body rendered to HTML (headings carry ids, claim markers are grade badges). */
  readonly html: string;
  /** Empty for short guides. */
  readonly toc: readonly TocEntry[];
  /** Title and slug of each related guide, in front-matter order. */
  readonly relatedGuides: readonly { readonly slug: string; readonly title: string }[];
}

/** The words of a guide for search: title, summary and body, lower-cased. */
export interface GuideSearchText {
  readonly slug: string;
  readonly text: string;
}
