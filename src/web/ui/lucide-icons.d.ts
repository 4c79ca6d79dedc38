// Lucide ships one module per icon (so a bundle holds only the icons imported) but types only
// its index; this gives each icon module the index's IconNode type. See icons.ts.
declare module "lucide/dist/esm/icons/*.mjs" {
  import type { IconNode } from "lucide";

  const icon: IconNode;
  // biome-ignore lint/style/noDefaultExport: Lucide's icon modules export their icon as default.
  export default icon;
}
