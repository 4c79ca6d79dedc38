// Types of the modules the guides build plugin (src/content/build/guides-plugin.ts) serves.
declare module "virtual:nura-guides" {
  import type { GuideEntry } from "../../content/guide-types.ts";
  export const guides: readonly GuideEntry[];
}

declare module "virtual:nura-guide-search" {
  import type { GuideSearchText } from "../../content/guide-types.ts";
  export const searchTexts: readonly GuideSearchText[];
}
