import { describe, expect, it } from "vitest";
import type { LocalDate } from "../../core/time/local-date.ts";
import type { SessionBody } from "../local/session-body.ts";
import { doneSlots } from "./session-days.ts";

const session = (
  slot: SessionBody["slot"],
  startedAt: string,
  completed = true,
  timeZone = "Europe/Berlin",
): SessionBody => ({
  slot,
  plan: { minutes: 5, goals: [], totalSeconds: 300, stepCount: 5, adjustments: [] },
  startedAt,
  endedAt: startedAt,
  timeZone,
  secondsDone: 300,
  completed,
  zones: [],
  tool: "fingers",
  medium: "serum",
});

describe("doneSlots", () => {
  it("counts completed sessions of the practice day, the small hours belonging to the evening before", () => {
    const sessions = [
      session("am", "2026-03-29T05:00:00Z"),
      session("pm", "2026-03-29T23:30:00Z"), // 01:30 CEST on the 30th: still the 29th's evening
      session("weekly", "2026-03-29T16:00:00Z", false),
      session("practice", "2026-03-29T10:00:00Z"),
    ];
    expect([...doneSlots(sessions, "2026-03-29" as LocalDate, "Europe/Berlin")]).toEqual([
      "am",
      "pm",
    ]);
    expect([...doneSlots(sessions, "2026-03-30" as LocalDate, "Europe/Berlin")]).toEqual([]);
  });

  it("dates each session in the zone where it was done", () => {
    const ny = session("am", "2026-03-29T13:00:00Z", true, "America/New_York"); // 09:00 EDT on the 29th
    expect([...doneSlots([ny], "2026-03-29" as LocalDate, "Asia/Tokyo")]).toEqual(["am"]);
  });
});
