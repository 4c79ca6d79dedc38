import type { WebMessageId } from "../../i18n/message-ids.ts";
import { t } from "../i18n/language.ts";

/**
 * A guide's tag as a reader sees it, in the page's language. Tags stay English words in the
 * guides' front matter and in `?tag=` addresses, the same in every language; each has a label
 * in the catalogs (`learn.tag.<tag>`, checked for every tag the guides use).
 */
export function tagLabel(tag: string): string {
  return t(`learn.tag.${tag}` as WebMessageId);
}
