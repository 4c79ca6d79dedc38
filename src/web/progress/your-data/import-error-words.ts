import type { InputError } from "../../../core/validate/input-error.ts";
import { t } from "../../i18n/language.ts";

/** What a refused import says first: the reason in a person's words; the parser's text is the detail. */
export interface ImportErrorWords {
  readonly text: string;
  /** The parser's own words ("records[3].body.minutes must be…"), behind a "Details" toggle. */
  readonly detail: string;
}

/**
 * A refused import in words a person understands. The parser names a field and says what is
 * wrong with it, which helps whoever debugs a file, not whoever chose it.
 */
export function importErrorWords(error: InputError): ImportErrorWords {
  const detail = `${error.message}.`;
  if (error.field === "file")
    return {
      text: t(
        error.message.includes("too large")
          ? "progress.data.import-error.too-large"
          : "progress.data.import-error.unreadable",
      ),
      detail,
    };
  if (error.field === "format") return { text: t("progress.data.import-error.not-nura"), detail };
  if (error.field === "schemaVersion" && error.message.includes("newer Nura"))
    return { text: t("progress.data.import-error.newer"), detail };
  return { text: t("progress.data.import-error.damaged"), detail };
}
