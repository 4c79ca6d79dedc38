import { signal } from "@preact/signals";
import type { Slot } from "../../core/model/slots.ts";
import { remindersBetween } from "../../core/reminders/due-reminders.ts";
import { PROFILE_ID } from "../../core/setup/record-ids.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { doneSlots } from "../common/session-days.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { swRegistration } from "../pwa/sw-registration.ts";
import { currentSchedule } from "./reminder-store.ts";

/** A reminder shown in the page because notifications are not allowed. */
export interface ReminderBannerState {
  readonly slot: Slot;
  readonly text: string;
}

/** The reminder banner's content, or null when none is showing. */
export const reminderBanner = signal<ReminderBannerState | null>(null);

/** How often the open app looks for a due reminder. */
export const CHECK_EVERY_MS = 20_000;
/** A reminder missed by more than this while the app was closed is not shown late. */
export const LATE_LIMIT_MS = 15 * 60_000;
const LAST_CHECK_KEY = "reminders:lastCheck";

const reminderText = (slot: Slot): string => t("reminders.text", { slot });

/**
 * Shows the reminders that fell due since the last check, unless that slot is already done today:
 * as a notification through the service worker when the person allowed it, as a banner otherwise.
 */
export async function checkReminders(records: Records, now: number): Promise<void> {
  // No reminders before the person has set Nura up (or skipped through it).
  const profile = await records.get(PROFILE_ID);
  if (profile === undefined || profile.deleted) return;
  const last = (await records.getMeta<number>(LAST_CHECK_KEY)) ?? now;
  await records.setMeta(LAST_CHECK_KEY, now);
  const from = Math.max(last, now - LATE_LIMIT_MS);
  const schedule = await currentSchedule(records);
  const due = remindersBetween(schedule, from, now);
  if (due.length === 0) return;
  const sessions = (await records.list<SessionBody>("session")).map((r) => r.body);
  for (const reminder of due) {
    if (doneSlots(sessions, reminder.day, deviceTimeZone()).has(reminder.slot)) continue;
    const text = reminderText(reminder.slot);
    const registration =
      typeof Notification !== "undefined" && Notification.permission === "granted"
        ? await swRegistration()
        : undefined;
    if (registration) {
      await registration.showNotification("Nura", {
        body: text,
        tag: `nura-${reminder.slot}-${reminder.day}`,
        icon: "/icon-192.png",
      });
    } else {
      reminderBanner.value = { slot: reminder.slot, text };
    }
  }
}

/**
 * Checks for due reminders now, every {@link CHECK_EVERY_MS}, and whenever the app comes back into
 * view. Checks run one after another in the order they were asked for: two overlapping checks
 * could otherwise read and move the "last checked" mark out of order and lose a reminder.
 */
export function startReminders(): void {
  let queue: Promise<void> = Promise.resolve();
  const run = (): void => {
    const now = Date.now();
    queue = queue
      .then(async () => checkReminders(await localRecords(), now))
      .catch((err: unknown) => console.warn("reminder check failed", err));
  };
  run();
  setInterval(run, CHECK_EVERY_MS);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") run();
  });
}
