import { t } from "../i18n/language.ts";

/** The error names a browser gives when its storage (IndexedDB, localStorage) is full. */
const FULL = new Set(["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"]);

/** The error names of a storage that refused or lost a write for another reason. */
const STORAGE = new Set([
  "AbortError",
  "DataCloneError",
  "InvalidStateError",
  "NotFoundError",
  "ReadOnlyError",
  "TransactionInactiveError",
  "UnknownError",
  "VersionError",
]);

/** What failing to download a piece of the app looks like in Chromium, Firefox and Safari. */
const DOWNLOAD = /fetch|dynamically imported module|module script|network|load failed/i;

/**
 * Says in plain words why something did not work, for the message a person reads. The browser's
 * own texts ("Failed to execute 'put' on 'IDBObjectStore'") mean nothing to most people, so
 * they go to the console instead; here each kind of failure gets a sentence that says what to do.
 */
export function failureText(err: unknown): string {
  const name = err instanceof Error || err instanceof DOMException ? err.name : "";
  const text = err instanceof Error || err instanceof DOMException ? err.message : String(err);
  if (FULL.has(name)) return t("common.failure.full");
  if (STORAGE.has(name)) return t("common.failure.storage");
  if (name === "NotAllowedError" || name === "SecurityError")
    return t("common.failure.not-allowed");
  if (name === "TypeError" && DOWNLOAD.test(text)) return t("common.failure.download");
  return t("common.failure.other");
}
