import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE } from "../../core/setup/profile-body.ts";
import { PROFILE_ID, ROUTINE_IDS } from "../../core/setup/record-ids.ts";
import { openLocalDb } from "./local-db.ts";
import { Records } from "./records.ts";
import { loadSetup, saveSetup } from "./setup-store.ts";

let n = 0;
async function freshRecords(): Promise<Records> {
  n += 1;
  return new Records(await openLocalDb(`setup-test-${n}`));
}

describe("setup store", () => {
  it("is not onboarded before a profile exists, with composed routines to show meanwhile", async () => {
    const setup = await loadSetup(await freshRecords());
    expect(setup.onboarded).toBe(false);
    expect(setup.routines.am.steps).toEqual([{ kind: "massage" }]);
    expect(setup.routines.weekly.steps).toEqual([{ kind: "massage" }]);
    expect(setup.notices).toEqual([]);
  });

  it("round-trips a saved setup", async () => {
    const records = await freshRecords();
    const profile = {
      ...DEFAULT_PROFILE,
      goals: ["tension" as const],
      products: [{ kind: "serum" as const }],
    };
    const before = await loadSetup(records);
    await saveSetup(records, profile, {
      ...before.routines,
      weekly: { ...before.routines.weekly, weekday: 5 },
    });
    const after = await loadSetup(records);
    expect(after.onboarded).toBe(true);
    expect(after.profile.goals).toEqual(["tension"]);
    expect(after.routines.weekly.weekday).toBe(5);
  });

  it("keeps the app usable with corrupt records and says what happened", async () => {
    const records = await freshRecords();
    await records.put("profile", { schemaVersion: 1, goals: 42, minutes: { am: 3 } }, PROFILE_ID);
    await records.put("routine", "not a routine", ROUTINE_IDS.pm);
    const setup = await loadSetup(records);
    expect(setup.onboarded).toBe(true);
    expect(setup.profile.goals).toEqual([]);
    expect(setup.profile.minutes).toEqual({ am: 3, pm: 7, weekly: 12 });
    expect(setup.routines.pm.steps).toEqual([{ kind: "massage" }]);
    expect(setup.notices).toEqual([
      "Part of your profile (goals) could not be read and was reset.",
      "Your evening routine could not be read, so it was rebuilt from your products.",
    ]);
  });
});
