import type { InputError } from "../../../core/validate/input-error.ts";

/** What a refused import says first: the reason in a person's words; the parser's text is the detail. */
export interface ImportErrorWords {
  readonly text: string;
  /** The parser's own words ("records[3].body.minutes must be…"), behind a "Details" toggle. */
  readonly detail: string;
}

const DAMAGED = "The file is damaged or was changed after it was exported, so none of it was used.";

/**
 * A refused import in words a person understands. The parser names a field and says what is
 * wrong with it, which helps whoever debugs a file, not whoever chose it.
 */
export function importErrorWords(error: InputError): ImportErrorWords {
  const detail = `${error.message}.`;
  if (error.field === "file")
    return {
      text: error.message.includes("too large")
        ? "The file is too large to be a Nura export."
        : "The file could not be read: it may be cut short or not be a Nura export.",
      detail,
    };
  if (error.field === "format") return { text: "This file is not a Nura export.", detail };
  if (error.field === "schemaVersion" && error.message.includes("newer Nura"))
    return {
      text: "A newer version of Nura made this file. Update the app, then import it.",
      detail,
    };
  return { text: DAMAGED, detail };
}
