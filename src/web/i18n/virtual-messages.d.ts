// Types of the module the catalog build plugin (src/i18n/catalog-plugin.ts) serves.
declare module "virtual:nura-messages" {
  import type { Locale } from "../../core/i18n/locales.ts";
  import type { CompiledCatalog } from "../../i18n/compile-catalog.ts";
  import type { MessageGroup } from "../../i18n/message-groups.ts";
  export const loaders: Readonly<
    Record<
      Locale,
      Readonly<Record<MessageGroup, () => Promise<{ readonly messages: CompiledCatalog }>>>
    >
  >;
}
