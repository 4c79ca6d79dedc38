import { WORDS_PER_MINUTE } from "../web/learn/guide-types.ts";

/** Counts the words of plain text: runs of letters or digits, apostrophes and hyphens kept inside. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` at {@link WORDS_PER_MINUTE}, rounded up, at least 1. */
export function readMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
