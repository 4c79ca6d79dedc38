import type { CheckinBody } from "../../core/progress/checkin.ts";

/**
 * True for a check-in that says nothing: no rating, no reaction and no note. Saving one would
 * only add a row to history and a point to no chart, so the form asks for something first.
 */
export function isEmptyCheckin(body: {
  readonly ratings: CheckinBody["ratings"];
  readonly reactions: readonly unknown[];
  readonly note: string;
}): boolean {
  return (
    Object.values(body.ratings).every((l) => l === undefined) &&
    body.reactions.length === 0 &&
    body.note.trim() === ""
  );
}
