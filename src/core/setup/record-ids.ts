import type { Slot } from "../model/slots.ts";

/**
 * The fixed ids of a person's documents: one settings record, one profile and one routine per
 * slot. Fixed ids make two devices that both set up offline write the same records, which
 * last-writer-wins then resolves, instead of leaving two profiles side by side; and they let the
 * server's calendar feed read exactly these records by key, whatever else the account holds.
 */
export const SETTINGS_ID = "00000000-0000-7000-8000-000000000001";
export const PROFILE_ID = "00000000-0000-7000-8000-000000000101";
export const ROUTINE_IDS: Readonly<Record<Slot, string>> = {
  am: "00000000-0000-7000-8000-000000000102",
  pm: "00000000-0000-7000-8000-000000000103",
  weekly: "00000000-0000-7000-8000-000000000104",
};
