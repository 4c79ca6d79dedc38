/**
 * English words that neither Spanish nor German writes, as whole words: a page in one of those
 * languages showing any of them shows English. Brand and product names (Nura, gua sha, Serum,
 * Check-in) are not among them, nor words the languages share ("in", "Pause", "Go").
 */
const ENGLISH = [
  "the",
  "and",
  "of",
  "your",
  "you",
  "with",
  "to",
  "is",
  "on",
  "are",
  "what",
  "it's",
  "this",
  "step",
  "steps",
  "left",
  "right",
  "side",
  "sides",
  "both",
  "next",
  "back",
  "end",
  "start",
  "skin",
  "massage",
  "session",
  "pressure",
  "voice",
  "chimes",
  "fingers",
  "strokes",
  "circles",
  "minute",
  "minutes",
  "seconds",
  "secs",
  "all",
  "not",
  "now",
  "device",
  "camera",
  "keep",
  "saved",
  "tap",
  "resume",
  "guide",
  "how",
  "each",
  "available",
  "here",
];

const pattern = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(${ENGLISH.join("|")})(?![\\p{L}\\p{N}'’])`,
  "giu",
);

/** The English words in `text`, each once, lower case: [] when there are none. */
export function englishWordsIn(text: string): string[] {
  return [...new Set([...text.matchAll(pattern)].map((m) => (m[1] ?? "").toLowerCase()))];
}
