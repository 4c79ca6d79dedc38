import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { LOCALES, type Locale } from "../core/i18n/locales.ts";
import { type CompiledCatalog, compileCatalog, type RawCatalog } from "./compile-catalog.ts";
import { groupOf, MESSAGE_GROUPS, type MessageGroup } from "./message-groups.ts";

/**
 * `export const loaders: Record<Locale, Record<MessageGroup, () => Promise<{ messages }>>>`: one
 * chunk per language and group, so a page downloads only its language and only the groups its
 * screens use (see `message-groups.ts`).
 */
export const MESSAGES_MODULE = "virtual:nura-messages";

/** The areas the app says: what core says and its own screens' words (not the command's). */
const APP_AREAS = ["core", "web"] as const;

const resolved = (id: string) => `\0${id}`;
const catalogFile = (locale: Locale, area: string) =>
  fileURLToPath(new URL(`./catalogs/${locale}/${area}.json`, import.meta.url));
/** The module of one language's group of messages (a chunk of its own in the build). */
export const messagesModuleId = (locale: Locale, group: MessageGroup) =>
  `${MESSAGES_MODULE}/${locale}-${group}`;

/**
 * One language's app catalog, compiled (Lingui's runtime then needs no parser in the browser)
 * and split into its groups. A message no group takes fails the build, naming it.
 */
export function compiledAppGroups(locale: Locale): Readonly<Record<MessageGroup, CompiledCatalog>> {
  const groups = Object.fromEntries(MESSAGE_GROUPS.map((g) => [g, {}])) as Record<
    MessageGroup,
    Record<string, unknown>
  >;
  for (const area of APP_AREAS) {
    const raw: RawCatalog = JSON.parse(readFileSync(catalogFile(locale, area), "utf8"));
    const compiled = compileCatalog(raw, `catalogs/${locale}/${area}`);
    for (const [id, message] of Object.entries(compiled)) {
      const group = groupOf(id, area);
      if (group === undefined)
        throw new Error(
          `catalogs/${locale}/${area}: message "${id}" starts with no known screen area (see src/i18n/message-groups.ts)`,
        );
      groups[group][id] = message;
    }
  }
  return groups as Record<MessageGroup, CompiledCatalog>;
}

/**
 * Serves the message catalogs to the app as modules: `virtual:nura-messages` lists a loader per
 * language and group, and each loader's module (`virtual:nura-messages/<locale>-<group>`) is that
 * part of the catalog compiled at build time, a chunk of its own. A catalog with a message that
 * is not valid ICU fails the build, naming the message.
 */
export function catalogPlugin(): Plugin {
  const wanted = new Map<string, { locale: Locale; group: MessageGroup }>();
  // Each language is compiled once per build (or per catalog edit in development), not per group.
  const compiled = new Map<Locale, Readonly<Record<MessageGroup, CompiledCatalog>>>();
  for (const locale of LOCALES)
    for (const group of MESSAGE_GROUPS)
      wanted.set(messagesModuleId(locale, group), { locale, group });
  return {
    name: "nura-catalogs",
    watchChange() {
      compiled.clear();
    },
    resolveId(id) {
      return id === MESSAGES_MODULE || wanted.has(id) ? resolved(id) : null;
    },
    load(id) {
      if (id === resolved(MESSAGES_MODULE)) {
        const perLocale = LOCALES.map((l) => {
          const lines = MESSAGE_GROUPS.map(
            (g) => `    ${JSON.stringify(g)}: () => import("${messagesModuleId(l, g)}"),`,
          );
          return `  ${l}: {\n${lines.join("\n")}\n  },`;
        });
        return `export const loaders = {\n${perLocale.join("\n")}\n};`;
      }
      const part = wanted.get(id.slice(1));
      if (!id.startsWith("\0") || part === undefined) return null;
      for (const area of APP_AREAS) this.addWatchFile(catalogFile(part.locale, area));
      let groups = compiled.get(part.locale);
      if (groups === undefined) {
        groups = compiledAppGroups(part.locale);
        compiled.set(part.locale, groups);
      }
      const messages = groups[part.group];
      // JSON.parse of a string literal loads faster than the same object as a literal.
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`;
    },
  };
}
