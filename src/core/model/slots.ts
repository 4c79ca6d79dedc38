/** When a routine happens: morning, evening, or the longer weekly session. */
export const SLOTS = ["am", "pm", "weekly"] as const;

/** One of {@link SLOTS}; its name is the message `slot.<id>.name`. */
export type Slot = (typeof SLOTS)[number];
