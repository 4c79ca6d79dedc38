/**
 * What the API refuses in a JSON text before parsing it: nesting deeper than a limit (JSON.parse
 * builds any depth without complaint, and whatever walks the result recursively then overflows
 * the stack; parsing a megabyte of brackets alone takes ~0.1 s), and control characters in
 * strings (PostgreSQL refuses NUL in text, SQLite keeps it: the same body must fare the same on
 * both, and no person types them). Tab, line feed and carriage return are ordinary text.
 */
export type JsonTextProblem =
  | { readonly kind: "too-deep"; readonly maxDepth: number }
  | { readonly kind: "control-character" };

// A control character other than tab, line feed or carriage return, raw or escaped: \b, \f or
// \u0000–\u001f. An escape counts only after an even run of backslashes (`\\b` is a backslash
// and a "b").
const controlCharacter =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job.
  /[\x00-\x08\x0b\x0c\x0e-\x1f]|(?:^|[^\\])(?:\\\\)*\\(?:[bf]|u00(?:0[0-8bcefBCEF]|1[0-9a-fA-F]))/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/** The index of the quote that ends the string opened at `start`; -1 when none does. */
function closingQuote(text: string, start: number): number {
  for (let from = start + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/** What to look for; both by default. */
export interface JsonTextChecks {
  /** False where the route checks every string itself (a sync push: by pattern, or checkRecord). */
  readonly controls?: boolean;
}

/**
 * Scans JSON text, without recursion and without parsing, for the problems above: one native
 * regular-expression pass for control characters, then one pass counting the depth of brackets
 * outside strings (each string skipped whole, at the speed of indexOf), which stops as soon as
 * it passes `maxDepth`. Text that is not valid JSON may pass; JSON.parse judges it afterwards.
 */
export function jsonTextProblem(
  text: string,
  maxDepth: number,
  checks: JsonTextChecks = {},
): JsonTextProblem | null {
  if (checks.controls !== false && controlCharacter.test(text)) {
    return { kind: "control-character" };
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = closingQuote(text, i);
      if (i < 0) return null;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > maxDepth) return { kind: "too-deep", maxDepth };
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--;
  }
  return null;
}
