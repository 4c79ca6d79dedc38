/** A paragraph, list item, heading or table row of a guide, as plain text. */
export interface TextBlock {
  /** 1-based line where the block starts, for error messages. */
  readonly line: number;
  /** The Markdown as written, claim markers included. */
  readonly source: string;
  /** Without link targets, code, emphasis marks and claim markers. */
  readonly text: string;
  /** A heading names a topic: it needs no badge, but its wording is checked like any text. */
  readonly heading: boolean;
}

const listItem = /^\s*(?:[-*+]|\d+[.)])\s+/;
const heading = /^#{1,6}\s/;

/** Plain text for checking and search: link text kept, URLs, code and markup dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/`[^`]*`/g, " ")
    .replace(/\[claim:[a-z-]+\]/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/[*_#>|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Splits Markdown into blocks: blank lines end a paragraph, and every list item, heading and
 * table row is a block of its own. Fenced code is skipped. A claim marker covers its block.
 */
export function textBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: { line: number; lines: string[] } | null = null;
  let fenced = false;
  const flush = () => {
    if (current) {
      const source = current.lines.join("\n");
      blocks.push({
        line: current.line,
        source,
        text: plainText(source),
        heading: heading.test(source),
      });
    }
    current = null;
  };
  markdown.split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*```/.test(raw)) {
      flush();
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    if (raw.trim() === "") {
      flush();
      return;
    }
    const startsBlock = listItem.test(raw) || heading.test(raw) || raw.trimStart().startsWith("|");
    if (startsBlock) flush();
    if (!current) current = { line: i + 1, lines: [] };
    current.lines.push(raw);
    if (heading.test(raw) || raw.trimStart().startsWith("|")) flush();
  });
  flush();
  return blocks;
}

/**
 * Splits plain text into sentences at . ! ? followed by a space and what starts a sentence in
 * English, Spanish or German: a capital of any alphabet (Á, Ü), a digit, an opening quote („ «)
 * or ¿ ¡ (abbreviations are rare here). A pattern rather than `Intl.Segmenter`, so English
 * sentences split exactly as they always have.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“„«¿¡(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
