/** When a routine happens: morning, evening, or the longer weekly session. */
export const SLOTS = ["am", "pm", "weekly"] as const;

/** One of {@link SLOTS}. */
export type Slot = (typeof SLOTS)[number];

/** Display names for the slots. */
export const SLOT_NAMES: Readonly<Record<Slot, string>> = {
  am: "Morning",
  pm: "Evening",
  weekly: "Weekly",
};
