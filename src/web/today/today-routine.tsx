import { useEffect, useMemo, useState } from "preact/hooks";
import type { Condition } from "../../core/model/conditions.ts";
import type { Slot } from "../../core/model/slots.ts";
import type { ProgrammeSlot } from "../../core/programme/programme-session.ts";
import { SLIP_KINDS } from "../../core/routine/product-kinds.ts";
import { planForSlot, routineMedium } from "../../core/setup/plan-for-slot.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import type { Records } from "../local/records.ts";
import type { Setup } from "../setup/setup-store.ts";
import { MassageCard } from "./massage-card.tsx";
import { RoutineChecklist } from "./routine-checklist.tsx";
import { SkipZonesPanel } from "./skip-zones-panel.tsx";
import { startMassage } from "./start-massage.ts";
import {
  readChecks,
  readSkipToday,
  type SkipToday,
  type TodayChecks,
  writeChecks,
  writeSkipToday,
} from "./today-state.ts";

/** Props of {@link TodayRoutine}. */
export interface TodayRoutineProps {
  readonly records: Records;
  readonly setup: Setup;
  readonly slot: Slot;
  readonly day: LocalDate;
  readonly done: boolean;
  /** What the person's programme asks of this slot today, when one is under way. */
  readonly programme?: ProgrammeSlot;
}

const SKIP_CONDITIONS: Readonly<Record<SkipToday["reason"], Condition | undefined>> = {
  breakout: "acne-breakout",
  sunburn: "sunburn",
  other: undefined,
};

/** The line under the massage heading that ties it to the programme, if one is under way. */
function programmeNote(programme: ProgrammeSlot | undefined): string | undefined {
  if (programme?.kind === "session") return `Today's programme session: ${programme.label}.`;
  if (programme?.kind === "done-today")
    return "Today's programme session is done; this massage is an extra.";
  return undefined;
}

/** A programme's rest day: no massage planned, with the usual one a tap away. */
function RestDayCard({ onUsual }: { readonly onUsual: () => void }) {
  return (
    <section class="massage-card rest" aria-labelledby="massage-title">
      <h2 id="massage-title">Rest day</h2>
      <p>Your programme rests today: no massage is planned, and that is part of it.</p>
      <button type="button" class="link" onClick={onUsual}>
        Do the usual massage anyway
      </button>
    </section>
  );
}

/** One slot's routine for today: the checklist, the massage step with its plan, and skip zones. */
export function TodayRoutine(props: TodayRoutineProps) {
  const { records, setup, slot, day } = props;
  const routine = setup.routines[slot];
  const [skip, setSkip] = useState<SkipToday>({ day, zones: [], reason: "breakout" });
  const [checks, setChecks] = useState<TodayChecks>({ day, ticked: {} });
  // On a programme's rest day the usual massage is still there for a person who wants it.
  const [usualAnyway, setUsualAnyway] = useState(false);
  const programme = props.programme;
  const session = programme?.kind === "session" ? programme.override : undefined;
  // The override is rebuilt on every render; its content is what decides a new plan.
  const sessionKey = JSON.stringify(session ?? null);
  useEffect(() => {
    void readSkipToday(records, day).then(setSkip);
    void readChecks(records, day).then(setChecks);
  }, [records, day]);

  const plan = useMemo(() => {
    const extra = skip.zones.length > 0 ? SKIP_CONDITIONS[skip.reason] : undefined;
    const profile =
      extra && !setup.profile.conditions.includes(extra)
        ? { ...setup.profile, conditions: [...setup.profile.conditions, extra] }
        : setup.profile;
    return planForSlot(profile, routine, slot, day, skip.zones, session);
  }, [setup.profile, routine, slot, day, skip, sessionKey]);

  const massageAt = routine.steps.findIndex((s) => s.kind === "massage");
  const mediumIndex = routine.steps.reduce(
    (found, s, i) =>
      i < massageAt && (SLIP_KINDS as readonly string[]).includes(s.kind) ? i : found,
    -1,
  );
  const ticked = checks.ticked[slot] ?? [];
  const tick = (index: number, on: boolean): void => {
    const next = on
      ? [...ticked.filter((i) => i !== index), index]
      : ticked.filter((i) => i !== index);
    const updated = { day, ticked: { ...checks.ticked, [slot]: next } };
    setChecks(updated);
    void writeChecks(records, updated);
  };
  const changeSkip = (next: SkipToday): void => {
    setSkip(next);
    void writeSkipToday(records, next);
  };

  if (!plan.ok) {
    return <p class="warning">This routine could not be planned: {plan.error.message}</p>;
  }
  const medium = routineMedium(routine);
  const massage =
    programme?.kind === "rest" && !usualAnyway ? (
      <RestDayCard onUsual={() => setUsualAnyway(true)} />
    ) : (
      <MassageCard
        plan={plan.plan}
        skip={skip}
        done={props.done}
        note={programmeNote(programme)}
        onStart={() => void startMassage(plan.plan, slot, medium)}
      />
    );
  return (
    <>
      <RoutineChecklist
        routine={routine}
        slot={slot}
        mediumIndex={mediumIndex}
        ticked={ticked}
        onTick={tick}
        massage={massage}
      />
      <SkipZonesPanel skip={skip} onChange={changeSkip} />
    </>
  );
}
