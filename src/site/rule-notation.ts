/** A letter or digit: what a word is made of in any language (JavaScript's `\b` knows only ASCII). */
const WORD_CHAR = "[\\p{L}\\p{N}]";
const NOT_AFTER_WORD = `(?<!${WORD_CHAR})`;
const NOT_BEFORE_WORD = `(?!${WORD_CHAR})`;
/** After a `…` gap, the separable verb's particle ends its clause ("zieht das Serum ein."). */
const ENDS_CLAUSE = "(?=\\s*(?:[.,;:!?)–—]|$))";

/** The closing brace of the `{` at `start`, braces nesting. */
function closingBrace(entry: string, start: number): number {
  let depth = 0;
  for (let i = start; i < entry.length; i++) {
    if (entry[i] === "{") depth++;
    if (entry[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`unclosed { in claim rule "${entry}"`);
}

/** Splits `a|b{c|d}` at the bars outside braces. */
function alternatives(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "{") depth++;
    else if (inner[i] === "}") depth--;
    else if (inner[i] === "|" && depth === 0) {
      parts.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(inner.slice(from));
  return parts;
}

function source(entry: string): string {
  let out = "";
  for (let i = 0; i < entry.length; i++) {
    const c = entry[i] ?? "";
    if (c === "{") {
      const end = closingBrace(entry, i);
      out += `(?:${alternatives(entry.slice(i + 1, end))
        .map(source)
        .join("|")})`;
      i = end;
    } else if (c === "*") out += "\\p{L}*";
    else if (c === " ") out += "\\s+";
    // Up to four words between a verb and its particle.
    else if (c === "…") out += "(?:\\s+\\S+){0,4}?\\s+";
    // Only the characters a Unicode pattern allows escaping (not "-").
    else out += c.replace(/[.+?^$()|[\]\\]/g, "\\$&");
  }
  return out;
}

/** One entry as a regular expression source, whole words unless a `*` says otherwise. */
function entrySource(entry: string): string {
  const gap = entry.includes("…");
  const body = entry.trim().replaceAll(" … ", "…");
  const start = body.startsWith("*") ? "" : NOT_AFTER_WORD;
  return `${start}${source(body)}${NOT_BEFORE_WORD}${gap ? ENDS_CLAUSE : ""}`;
}

/**
 * A word list in the translators' notation as one case-insensitive Unicode pattern. An entry
 * matches from the start of a word to the end of one; `*` at the end of a word stands for any
 * further letters (`reduc*`), at the start of an entry lets it begin inside a word (`*durchblut*`
 * finds "Hautdurchblutung"); a space matches any whitespace; `{a|b}` is one of the alternatives;
 * `…` allows up to four words before the last word, which must end its clause (a German
 * separable verb: `zieht … ein`). `global` is for blanking every match out with `replace`.
 */
export function wordPattern(entries: readonly string[], global = false): RegExp {
  return new RegExp(entries.map((e) => `(?:${entrySource(e)})`).join("|"), global ? "giu" : "iu");
}
