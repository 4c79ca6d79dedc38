import type { MessageId, Translate } from "../core/i18n/translate.ts";

/** The parts of each language's catalog: what core says, what the app says, what `nura` says. */
export const CATALOG_AREAS = ["core", "web", "cli"] as const;

/** One of {@link CATALOG_AREAS}; each is `catalogs/<locale>/<area>.json`. */
export type CatalogArea = (typeof CATALOG_AREAS)[number];

/** The id of a message the app's own screens say (its English catalog's keys). */
export type WebMessageId = keyof typeof import("./catalogs/en/web.json");

/** The id of a message the `nura` command says. */
export type CliMessageId = keyof typeof import("./catalogs/en/cli.json");

/** Any message id of any catalog area. */
export type AnyMessageId = MessageId | WebMessageId | CliMessageId;

/**
 * A translator for every area: core's {@link Translate} (so it can be passed to core), taking the
 * app's and the command's ids as well.
 */
export interface Translator extends Translate {
  (id: AnyMessageId, values?: Readonly<Record<string, string | number>>): string;
}
