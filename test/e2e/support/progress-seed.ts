import type { BrowserContext, Page } from "playwright-core";
import { type DeviceRecord, deviceRecord, putDeviceRecords } from "./device-db.ts";

/** A session to seed: days before today (0 = today), local hour, slot and what was used. */
export interface SeedSession {
  readonly daysAgo: number;
  readonly hour: number;
  readonly slot: "am" | "pm";
  readonly minutes?: number;
  readonly medium?: string;
  readonly tool?: string;
  readonly zones?: readonly string[];
}

/** A check-in to seed, at a local hour some days ago. */
export interface SeedCheckin {
  readonly daysAgo: number;
  readonly hour: number;
  readonly ratings: Readonly<Record<string, number>>;
  readonly reactions?: readonly { kind: string; zone: string }[];
}

/**
 * Writes sessions and check-ins straight into the app's IndexedDB, in the app's own record shapes
 * (`LocalRecord` with a `SessionBody` / `CheckinBody`), dated relative to the browser's today and
 * time zone. The page must already have opened the app once, so the database exists.
 */
export async function seedProgress(
  page: Page,
  sessions: readonly SeedSession[],
  checkins: readonly SeedCheckin[],
): Promise<void> {
  // tsx (used by the bench) wraps named functions in an `__name` helper the page lacks.
  await page.evaluate("globalThis.__name ??= (f) => f");
  const records = await page.evaluate(
    ({ sessions, checkins }) => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const now = new Date();
      let clamped = 0;
      // Today's entries later than now would be in the future: they move to just before now.
      const at = (daysAgo: number, hour: number, minute = 0) => {
        const d = new Date(
          now.getFullYear(),
          now.getMonth(),
          now.getDate() - daysAgo,
          hour,
          minute,
        );
        return d.getTime() < now.getTime() - 60_000
          ? d
          : new Date(now.getTime() - 60_000 * ++clamped);
      };
      let n = 0;
      const id = () => {
        n++;
        return `01900000-0000-7000-8000-${String(n).padStart(12, "0")}`;
      };
      const version = () => `${String(1_700_000_000_000 + n).padStart(16, "0")}-0000-seed`;
      const records: DeviceRecord[] = [];
      for (const s of sessions) {
        const start = at(s.daysAgo, s.hour);
        const minutes = s.minutes ?? 6;
        records.push({
          id: id(),
          kind: "session",
          version: version(),
          deleted: false,
          dirty: 1,
          updatedAt: start.getTime(),
          body: {
            slot: s.slot,
            plan: {
              minutes,
              goals: ["depuff"],
              totalSeconds: minutes * 60,
              stepCount: 6,
              adjustments: [],
            },
            startedAt: start.toISOString(),
            endedAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
            timeZone: zone,
            secondsDone: minutes * 60,
            completed: true,
            zones: s.zones ?? ["collarbone", "cheeks"],
            tool: s.tool ?? "fingers",
            medium: s.medium ?? "serum",
          },
        });
      }
      for (const c of checkins) {
        const when = at(c.daysAgo, c.hour, 30);
        records.push({
          id: id(),
          kind: "checkin",
          version: version(),
          deleted: false,
          dirty: 1,
          updatedAt: when.getTime(),
          body: {
            at: when.toISOString(),
            timeZone: zone,
            ratings: c.ratings,
            reactions: c.reactions ?? [],
            note: "",
          },
        });
      }
      return records;
    },
    { sessions, checkins },
  );
  await putDeviceRecords(page, records);
}

/** Local `yyyy-MM-dd` of `daysAgo` days before today, as the browser sees it. */
export function localDateInPage(page: Page, daysAgo: number): Promise<string> {
  return page.evaluate((k) => {
    const now = new Date();
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - k, 12);
    const pad = (x: number) => String(x).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, daysAgo);
}

/** The settings record's body as stored in the page's IndexedDB (undefined when never written). */
export async function storedSettings(page: Page): Promise<Record<string, unknown> | undefined> {
  const rec = await deviceRecord(page, "00000000-0000-7000-8000-000000000001");
  return rec?.body as Record<string, unknown> | undefined;
}

/**
 * Starts the context's clock at 15:00 of today's local date, from where it runs on as usual.
 * Seeds are dated relative to the browser's now, and the app's day starts at 4 a.m.: run
 * between midnight and 4 a.m., "today" in the app would be yesterday's date and the seeded
 * figures would shift. Call it before any page opens the app.
 */
export async function startClockAtAfternoon(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    const time = await page.evaluate(() => {
      const now = new Date();
      return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 15).getTime();
    });
    await context.clock.install({ time });
  } finally {
    await page.close();
  }
}
