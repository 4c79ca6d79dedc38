/**
 * What the API refuses in a JSON text before parsing it: nesting deeper than a limit (a body
 * nested thousands deep overflowed the stack of the code that walked it), and control
 * characters in strings (PostgreSQL refuses NUL in text, SQLite keeps it: the same body must
 * fare the same on both, and no person types them). Tab, line feed and carriage return are
 * ordinary text and allowed.
 */
export type JsonTextProblem =
  | { readonly kind: "too-deep"; readonly maxDepth: number }
  | { readonly kind: "control-character" };

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LOWER_B = 0x62;
const LOWER_F = 0x66;
const LOWER_U = 0x75;

function isAllowedControl(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Scans JSON text once, without recursion and without parsing, for the problems above. Text
 * that is not valid JSON may pass; JSON.parse judges that afterwards.
 */
export function jsonTextProblem(text: string, maxDepth: number): JsonTextProblem | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === QUOTE) inString = false;
      else if (c < 0x20) return { kind: "control-character" };
      else if (c === BACKSLASH) {
        const next = text.charCodeAt(i + 1);
        // \b and \f are backspace and form feed; \u00XX below 0x20 is any other control.
        if (next === LOWER_B || next === LOWER_F) return { kind: "control-character" };
        if (next === LOWER_U && text.startsWith("00", i + 2)) {
          const code = Number.parseInt(text.slice(i + 2, i + 6), 16);
          if (code < 0x20 && !isAllowedControl(code)) return { kind: "control-character" };
        }
        i++;
      }
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > maxDepth) return { kind: "too-deep", maxDepth };
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return null;
}
