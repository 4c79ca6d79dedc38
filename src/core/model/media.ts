/** What gives the fingers glide on the skin; `none` means nothing has been applied. */
export const MEDIA = ["serum", "facial-oil", "moisturizer", "cream", "none"] as const;

/** One of {@link MEDIA}. */
export type Medium = (typeof MEDIA)[number];

/** Display names for the media. */
export const MEDIUM_NAMES: Readonly<Record<Medium, string>> = {
  serum: "Serum",
  "facial-oil": "Facial oil",
  moisturizer: "Moisturizer",
  cream: "Cream",
  none: "Nothing yet",
};

/** True when the medium gives slip, so the massage will not tug dry skin. */
export function givesSlip(medium: Medium): boolean {
  return medium !== "none";
}
