/**
 * The parts of the app's catalog a page downloads separately. Every language's app messages
 * (core's and the screens') are split by the first segment of their id:
 * - `base`: what any screen may show the moment the app starts, the session player above all
 *   (the shell, shared components, and the names of zones, techniques, tools, pressures, goals,
 *   slots and media, the cue counts, the coach's words);
 * - `core`: the rest of what core says (safety reasons, routines, evidence, programmes,
 *   check-ins, the calendar…), which every screen but the player needs;
 * - one group per screen area for the screens' own words (`today.…` → `today`).
 * So the first load of /session carries the base and the player's own words, not the whole
 * catalog, and each lazily loaded screen asks for its groups with its code (see
 * `src/web/i18n/message-loading.ts`).
 */

/** Web areas whose words are part of the base group. */
const BASE_WEB_AREAS = ["shell", "common", "ui", "local", "pwa", "reminders", "web"] as const;

/** The screens' areas with a group of their own: an app message's id starts with one of these. */
export const SCREEN_AREAS = [
  "welcome",
  "today",
  "session",
  "camera",
  "learn",
  "routines",
  "progress",
  "programmes",
  "account",
  "settings",
  "more",
] as const;

/** Every area an app (not core) message id may start with. */
export const WEB_AREAS: readonly string[] = [...BASE_WEB_AREAS, ...SCREEN_AREAS];

/** Core's id prefixes that belong to the base group (what the player shows before any plan). */
export const BASE_CORE_PREFIXES: readonly string[] = [
  "zone",
  "technique",
  "tool",
  "pressure",
  "goal",
  "slot",
  "medium",
  "number",
  "cue",
  "coach",
];

/** A part of the app's catalog, downloaded on its own. */
export type MessageGroup = "base" | "core" | (typeof SCREEN_AREAS)[number];

/** Every group, in the order the build writes them. */
export const MESSAGE_GROUPS: readonly MessageGroup[] = ["base", "core", ...SCREEN_AREAS];

const prefixOf = (id: string): string => {
  const dot = id.indexOf(".");
  return dot < 0 ? id : id.slice(0, dot);
};

/**
 * The group an app message belongs to: `from` is the catalog it is written in. A screen's
 * message whose id does not start with a known area belongs to none (`undefined`); the catalog
 * test refuses it, so a build never ships a message no screen can load.
 */
export function groupOf(id: string, from: "core" | "web"): MessageGroup | undefined {
  const prefix = prefixOf(id);
  if (from === "core") return BASE_CORE_PREFIXES.includes(prefix) ? "base" : "core";
  if ((BASE_WEB_AREAS as readonly string[]).includes(prefix)) return "base";
  return (SCREEN_AREAS as readonly string[]).includes(prefix)
    ? (prefix as MessageGroup)
    : undefined;
}
