/** RFC 5545 §3.1: content lines end in CRLF. */
export const CRLF = "\r\n";
/** RFC 5545 §3.1: lines should not be longer than 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;

/** Octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (RFC 5545 §3.1): after at most 75 octets a CRLF and one space continue
 * the line. The split falls between code points, never inside a UTF-8 sequence, so a folded
 * umlaut or emoji survives any parser that unfolds by the rule.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // The first line holds 75 octets; each continuation spends one on its leading space.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Joins content lines into a calendar stream: each folded, each ended by CRLF. */
export function toStream(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}${CRLF}`).join("");
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** An instant as a UTC DATE-TIME, `yyyyMMddTHHmmssZ` (form #2 of RFC 5545 §3.3.5). */
export function utcDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** A local DATE-TIME without zone, `yyyyMMddTHHmmss`, for use with TZID or in VTIMEZONE. */
export function localDateTime(date: string, hour: number, minute: number): string {
  return `${date.replace(/-/g, "")}T${pad(hour)}${pad(minute)}00`;
}

/** A UTC offset in minutes as `+hhmm` / `-hhmm` (RFC 5545 §3.3.14). */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
