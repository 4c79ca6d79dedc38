// Types of the modules the guides build plugin (src/site/guides-plugin.ts) serves: each lists a
// loader per language, whose module (`…/<locale>`) is that language's guides, a chunk of its own.
declare module "virtual:nura-guides" {
  import type { Locale } from "../../core/i18n/locales.ts";
  import type { GuideEntry } from "./guide-types.ts";
  export const loaders: Readonly<
    Record<Locale, () => Promise<{ readonly guides: readonly GuideEntry[] }>>
  >;
}

declare module "virtual:nura-guide-search" {
  import type { Locale } from "../../core/i18n/locales.ts";
  import type { GuideSearchText } from "./guide-types.ts";
  export const loaders: Readonly<
    Record<Locale, () => Promise<{ readonly searchTexts: readonly GuideSearchText[] }>>
  >;
}
