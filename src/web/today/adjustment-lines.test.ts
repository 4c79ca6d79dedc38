import { describe, expect, it } from "vitest";
import { planSession } from "../../core/planner/plan-session.ts";
import type { Plan, PlanInput } from "../../core/planner/plan-types.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { translatorFor } from "../../i18n/node-translator.ts";
import { adjustmentLines } from "./plan-summary.ts";

const en = translatorFor("en");

const plan = (over: Partial<PlanInput>): Plan => {
  const result = planSession(
    {
      slot: "pm",
      minutes: 6,
      medium: "serum",
      date: "2026-03-10",
      ...over,
    },
    en,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
};
const none = { day: "2026-03-10" as LocalDate, zones: [], reason: "other" as const };

describe("adjustment lines for the wider screen", () => {
  it("says the face is left out on an injection day, and which zones after it", () => {
    expect(
      adjustmentLines(
        plan({ injectables: [{ kind: "botox", zone: "forehead", date: "2026-03-10" }] }),
        none,
      ),
    ).toEqual(["The face skipped: recent Botox"]);
    expect(
      adjustmentLines(
        plan({ injectables: [{ kind: "botox", zone: "forehead", date: "2026-03-05" }] }),
        none,
      ),
    ).toEqual(["Forehead, brows and temples skipped: recent Botox"]);
  });

  it("names procedures that leave areas out", () => {
    expect(
      adjustmentLines(plan({ procedures: [{ kind: "ipl", date: "2026-03-08" }] }), none),
    ).toEqual(["The face skipped: recent IPL"]);
    expect(
      adjustmentLines(
        plan({ procedures: [{ kind: "blepharoplasty", date: "2026-01-08", cleared: true }] }),
        none,
      ),
    ).toEqual(["Under the eyes and brows skipped: eyelid surgery"]);
  });
});
