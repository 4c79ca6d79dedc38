import { MEDIUM_NAMES, type Medium } from "../../core/model/media.ts";
import { SLOT_NAMES, type Slot } from "../../core/model/slots.ts";
import { TOOLS, type ToolId } from "../../core/model/tools.ts";
import { ZONES, type ZoneId } from "../../core/model/zones.ts";

/** Display name of a zone id, or the id itself when unknown (records from a newer app). */
export function zoneName(id: string): string {
  return ZONES[id as ZoneId]?.name ?? id;
}

/** Display name of a tool id. */
export function toolName(id: string): string {
  return TOOLS[id as ToolId]?.name ?? id;
}

/** Display name of a medium id. */
export function mediumName(id: string): string {
  return MEDIUM_NAMES[id as Medium] ?? id;
}

/** Display name of a session slot. */
export function slotName(slot: string): string {
  return slot === "practice" ? "Practice" : (SLOT_NAMES[slot as Slot] ?? slot);
}

/** A local date and time for lists, in the person's locale. */
export function whenText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
