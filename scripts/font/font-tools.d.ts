// The two font packages the font script and its test use ship no types; these are the calls
// they make.

declare module "subset-font" {
  /** Cuts `font` to `text`'s characters (and, for a variable font, the axes' ranges). */
  // biome-ignore lint/style/noDefaultExport: the package exports its one function as default.
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: {
      readonly targetFormat?: "woff2" | "woff" | "truetype" | "sfnt";
      readonly variationAxes?: Readonly<
        Record<string, { readonly min: number; readonly max: number }>
      >;
    },
  ): Promise<Uint8Array>;
}

declare module "fontverter" {
  /** The font in `to`'s format (here: WOFF2 decompressed to TrueType). */
  export function convert(
    font: Uint8Array,
    to: "truetype" | "sfnt" | "woff" | "woff2",
  ): Promise<Uint8Array>;
}
