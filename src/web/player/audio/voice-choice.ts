import { FORMAT_TAGS, type Locale } from "../../../core/i18n/locales.ts";

/** What the choice reads of a `SpeechSynthesisVoice`. */
export type VoiceLike = Pick<SpeechSynthesisVoice, "lang" | "localService" | "default">;

/** "es" from "es-MX", "es_ES" or "ES"; voices name their language in either form. */
const languageOf = (tag: string): string => tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";

/** "es-es" from "es_ES": a tag compared whole, regardless of form. */
const tagOf = (tag: string): string => tag.trim().replace(/_/g, "-").toLowerCase();

/**
 * The voice to speak `locale`'s cues with, or undefined when the device has none of that
 * language: a voice of another language never reads them (an English voice spelling out Spanish
 * helps no one). Among the language's voices, one on the device comes first (it works offline
 * and starts at once), then the region the app formats for (es-ES, de-DE), then the system's
 * default, then the list's order.
 */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  locale: Locale,
): V | undefined {
  const region = FORMAT_TAGS[locale].toLowerCase();
  const score = (v: V) =>
    (v.localService ? 4 : 0) + (tagOf(v.lang) === region ? 2 : 0) + (v.default ? 1 : 0);
  let best: V | undefined;
  for (const v of voices) {
    if (languageOf(v.lang) !== locale) continue;
    if (best === undefined || score(v) > score(best)) best = v;
  }
  return best;
}
