/** What gives the fingers glide on the skin; `none` means nothing has been applied. */
export const MEDIA = ["serum", "facial-oil", "moisturizer", "cream", "none"] as const;

/** One of {@link MEDIA}; its name is the message `medium.<id>.name`. */
export type Medium = (typeof MEDIA)[number];

/** True when the medium gives slip, so the massage will not tug dry skin. */
export function givesSlip(medium: Medium): boolean {
  return medium !== "none";
}
