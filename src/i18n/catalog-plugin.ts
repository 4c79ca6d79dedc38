import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { LOCALES, type Locale } from "../core/i18n/locales.ts";
import { compileCatalog, type RawCatalog } from "./compile-catalog.ts";

/** `export const loaders: Record<Locale, () => Promise<{ messages }>>`, one chunk per language. */
export const MESSAGES_MODULE = "virtual:nura-messages";

/** The areas the app says: what core says and its own screens' words (not the command's). */
const APP_AREAS = ["core", "web"] as const;

const resolved = (id: string) => `\0${id}`;
const catalogFile = (locale: Locale, area: string) =>
  fileURLToPath(new URL(`./catalogs/${locale}/${area}.json`, import.meta.url));

/** One language's app catalog, compiled: Lingui's runtime then needs no parser in the browser. */
export function compiledAppCatalog(locale: Locale): string {
  const raw: RawCatalog = Object.assign(
    {},
    ...APP_AREAS.map((area) => JSON.parse(readFileSync(catalogFile(locale, area), "utf8"))),
  );
  return JSON.stringify(compileCatalog(raw, `catalogs/${locale}`));
}

/**
 * Serves the message catalogs to the app as modules: `virtual:nura-messages` lists a loader per
 * language, and each loader's module (`virtual:nura-messages/<locale>`) is that language's
 * catalog compiled at build time, a chunk of its own, so a page downloads only its language.
 * A catalog with a message that is not valid ICU fails the build, naming the message.
 */
export function catalogPlugin(): Plugin {
  return {
    name: "nura-catalogs",
    resolveId(id) {
      if (id === MESSAGES_MODULE) return resolved(id);
      const locale = id.startsWith(`${MESSAGES_MODULE}/`)
        ? id.slice(MESSAGES_MODULE.length + 1)
        : "";
      return (LOCALES as readonly string[]).includes(locale) ? resolved(id) : null;
    },
    load(id) {
      if (id === resolved(MESSAGES_MODULE)) {
        const lines = LOCALES.map((l) => `  ${l}: () => import("${MESSAGES_MODULE}/${l}"),`);
        return `export const loaders = {\n${lines.join("\n")}\n};`;
      }
      for (const locale of LOCALES) {
        if (id !== resolved(`${MESSAGES_MODULE}/${locale}`)) continue;
        for (const area of APP_AREAS) this.addWatchFile(catalogFile(locale, area));
        // JSON.parse of a string literal loads faster than the same object as a literal.
        return `export const messages = JSON.parse(${JSON.stringify(compiledAppCatalog(locale))});`;
      }
      return null;
    },
  };
}
