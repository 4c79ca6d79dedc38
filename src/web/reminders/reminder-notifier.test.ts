import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_PROFILE } from "../../core/setup/profile-body.ts";
import { PROFILE_ID } from "../../core/setup/record-ids.ts";
import { DEFAULT_REMINDERS } from "../../core/setup/reminder-settings.ts";
import { openLocalDb } from "../local/local-db.ts";
import { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { updateSettings } from "../local/settings.ts";
import { checkReminders, reminderBanner } from "./reminder-notifier.ts";

let n = 0;
async function setUp(onboarded = true): Promise<Records> {
  n += 1;
  const records = new Records(await openLocalDb(`notifier-test-${n}`));
  if (onboarded) await records.put("profile", DEFAULT_PROFILE, PROFILE_ID);
  await updateSettings(records, "reminders", { ...DEFAULT_REMINDERS, timeZone: "UTC" });
  return records;
}

// The reminders are saved with the zone UTC, so 07:30 is 07:30Z whatever zone the test runs in.
const at = (iso: string): number => Date.parse(iso);

describe("checkReminders", () => {
  beforeEach(() => {
    reminderBanner.value = null;
  });

  it("shows the morning reminder once when its minute passes, as a banner without notification permission", async () => {
    const records = await setUp();
    await checkReminders(records, at("2026-03-25T07:29:40Z"));
    expect(reminderBanner.value).toBeNull();
    await checkReminders(records, at("2026-03-25T07:30:00Z"));
    expect(reminderBanner.value).toEqual({
      slot: "am",
      text: "Time for your morning routine and its face massage.",
    });
    reminderBanner.value = null;
    await checkReminders(records, at("2026-03-25T07:30:20Z"));
    expect(reminderBanner.value).toBeNull();
  });

  it("stays quiet when the slot is already done, before onboarding, and for reminders missed long ago", async () => {
    const done = await setUp();
    const session: SessionBody = {
      slot: "am",
      plan: { minutes: 4, goals: [], totalSeconds: 240, stepCount: 4, adjustments: [] },
      startedAt: "2026-03-25T06:00:00.000Z",
      endedAt: "2026-03-25T06:04:00.000Z",
      timeZone: "UTC",
      secondsDone: 240,
      completed: true,
      zones: [],
      tool: "fingers",
      medium: "serum",
    };
    await done.put("session", session);
    await checkReminders(done, at("2026-03-25T07:29:00Z"));
    await checkReminders(done, at("2026-03-25T07:31:00Z"));
    expect(reminderBanner.value).toBeNull();

    const fresh = await setUp(false);
    await checkReminders(fresh, at("2026-03-25T07:29:00Z"));
    await checkReminders(fresh, at("2026-03-25T07:31:00Z"));
    expect(reminderBanner.value).toBeNull();

    const asleep = await setUp();
    await checkReminders(asleep, at("2026-03-25T07:00:00Z"));
    // The tab slept for an hour: a reminder from 50 minutes ago is not shown late.
    await checkReminders(asleep, at("2026-03-25T08:20:00Z"));
    expect(reminderBanner.value).toBeNull();
  });
});
