import { FORMAT_TAGS } from "../../core/i18n/locales.ts";
import { MEDIA } from "../../core/model/media.ts";
import { SLOTS } from "../../core/model/slots.ts";
import { TOOL_IDS } from "../../core/model/tools.ts";
import { ZONE_IDS } from "../../core/model/zones.ts";
import { t } from "../i18n/language.ts";

/** True when `id` is one of `known` (records from a newer app may hold ids this one lacks). */
const known = <T extends string>(all: readonly T[], id: string): id is T =>
  (all as readonly string[]).includes(id);

/** Display name of a zone id, or the id itself when unknown (records from a newer app). */
export function zoneName(id: string): string {
  return known(ZONE_IDS, id) ? t(`zone.${id}.name`) : id;
}

/** Display name of a tool id. */
export function toolName(id: string): string {
  return known(TOOL_IDS, id) ? t(`tool.${id}.name`) : id;
}

/** Display name of a medium id. */
export function mediumName(id: string): string {
  return known(MEDIA, id) ? t(`medium.${id}.name`) : id;
}

/** Display name of a session slot. */
export function slotName(slot: string): string {
  return slot === "practice"
    ? t("progress.slot.practice")
    : known(SLOTS, slot)
      ? t(`slot.${slot}.name`)
      : slot;
}

const whenFormats = new Map<string, Intl.DateTimeFormat>();

/** A local date and time for lists, in the app's language and this device's time zone. */
export function whenText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = FORMAT_TAGS[t.locale];
  let format = whenFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" });
    whenFormats.set(tag, format);
  }
  return format.format(date);
}
