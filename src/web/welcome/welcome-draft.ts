import type { Draft } from "../common/profile-draft.ts";
import type { Records } from "../local/records.ts";

const DRAFT_KEY = "welcome:draft";

/** Answers given so far and the step they were given on, kept on this device only. */
export interface SavedDraft {
  /** The answers the form started from: a draft begun from other answers no longer applies. */
  readonly base: string;
  readonly draft: Draft;
  /** -1 for the welcome screen, then the step's index. */
  readonly step: number;
}

/** The key a draft is kept under: the answers the form started from, as text. */
export function draftBase(start: Draft): string {
  return JSON.stringify(start);
}

/**
 * The draft to carry on with after a reload, if one was begun from the same answers; a draft
 * from before a sync or another edit changed them is dropped.
 */
export async function readDraft(records: Records, base: string): Promise<SavedDraft | undefined> {
  const saved = await records.getMeta<SavedDraft>(DRAFT_KEY);
  return saved && saved.base === base && typeof saved.step === "number" ? saved : undefined;
}

/** Keeps the answers so far, so a reload or a trip elsewhere loses none of them. */
export async function writeDraft(records: Records, saved: SavedDraft): Promise<void> {
  await records.setMeta(DRAFT_KEY, saved);
}

/** Forgets the draft once the answers are saved (or the person leaves without them). */
export async function forgetDraft(records: Records): Promise<void> {
  await records.deleteMeta(DRAFT_KEY);
}
