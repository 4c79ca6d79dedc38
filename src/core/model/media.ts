/** What gives the fingers glide on the skin; `none` means nothing has been applied. */
export const MEDIA = ["serum", "facial-oil", "moisturizer", "cream", "none"] as const;

/** One of {@link MEDIA}; its name is the message `medium.<id>.name`. */
export type Medium = (typeof MEDIA)[number];

/** The media a session can run on: every one but `none` (never massage dry skin). */
export const SLIP_MEDIA = [
  "serum",
  "facial-oil",
  "moisturizer",
  "cream",
] as const satisfies readonly Medium[];

/** One of {@link SLIP_MEDIA}: what a recorded session says was on the skin. */
export type SlipMedium = (typeof SLIP_MEDIA)[number];

/** True when the medium gives slip, so the massage will not tug dry skin. */
export function givesSlip(medium: Medium): boolean {
  return medium !== "none";
}

/** True for one of {@link SLIP_MEDIA}. */
export function isSlipMedium(value: unknown): value is SlipMedium {
  return (SLIP_MEDIA as readonly unknown[]).includes(value);
}
