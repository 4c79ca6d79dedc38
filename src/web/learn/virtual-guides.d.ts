// Types of the modules the guides build plugin (src/site/guides-plugin.ts) serves.
declare module "virtual:nura-guides" {
  import type { GuideEntry } from "./guide-types.ts";
  export const guides: readonly GuideEntry[];
}

declare module "virtual:nura-guide-search" {
  import type { GuideSearchText } from "./guide-types.ts";
  export const searchTexts: readonly GuideSearchText[];
}
