// biome-ignore lint/suspicious/noControlCharactersInRegex: every ASCII character, controls included.
const ASCII = /^[\x00-\x7f]*$/;

/**
 * How many bytes `s` takes as UTF-8, counted without encoding it. A lone surrogate counts as
 * the three bytes of U+FFFD, as `TextEncoder` writes it. Text that is all ASCII (most record
 * bodies) is one byte a character, found by one native pass, about four times faster than the
 * loop.
 */
export function utf8Length(s: string): number {
  if (ASCII.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
