import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Condition } from "../../core/model/conditions.ts";
import type { Slot } from "../../core/model/slots.ts";
import type { ProgrammeSlot } from "../../core/programme/programme-session.ts";
import { SLIP_KINDS } from "../../core/routine/product-kinds.ts";
import { planForSlot, routineMedium } from "../../core/setup/plan-for-slot.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { readSkipToday, type SkipToday, sameSkip, writeSkipToday } from "../common/skip-today.ts";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import { durationWords } from "../common/words.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import { type Setup, saveProfile } from "../local/setup-store.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Notice } from "../ui/notice.tsx";
import { showToast } from "../ui/toast-queue.ts";
import { MassageCard } from "./massage-card.tsx";
import { RoutineChecklist } from "./routine-checklist.tsx";
import { SkipZonesPanel } from "./skip-zones-panel.tsx";
import { startMassage } from "./start-massage.ts";
import { stopReasons } from "./stop-reasons.ts";
import { StoppedCard } from "./stopped-card.tsx";
import { readChecks, type TodayChecks, writeChecks } from "./today-checks.ts";

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
  if (programme?.kind === "session")
    return t("today.programme.session", { label: programme.label });
  if (programme?.kind === "done-today") return t("today.programme.done");
  return undefined;
}

/** A programme's rest day: no massage planned, with the usual one a tap away. */
function RestDayCard({ onUsual }: { readonly onUsual: () => void }) {
  return (
    <Card as="section" tone="tinted" class="massage-card" aria-labelledby="massage-title">
      <h2 id="massage-title" class="massage-card__title">
        {t("today.rest.title")}
      </h2>
      <p>{t("today.rest.text")}</p>
      <div>
        <Button variant="secondary" onClick={onUsual}>
          {t("today.rest.usual")}
        </Button>
      </div>
    </Card>
  );
}

/** The warning of a routine with nothing in it to give the fingers glide. */
function NoGlideWarning() {
  return (
    <Notice tone="warning">
      <p>{t("today.no-glide")}</p>
    </Notice>
  );
}

/** One slot's routine for today: the checklist, the massage step with its plan, and skip zones. */
export function TodayRoutine(props: TodayRoutineProps) {
  const { records, setup, slot, day } = props;
  const routine = setup.routines[slot];
  const [skip, setSkip] = useState<SkipToday>({ day, zones: [], reason: "breakout" });
  const [checks, setChecks] = useState<TodayChecks>({ day, ticked: {} });
  const stored = useLoad(
    t("today.action.read"),
    async () => ({
      skip: await readSkipToday(records, day),
      checks: await readChecks(records, day),
    }),
    [records, day],
  );
  // What the person changed before the stored state arrived wins over it (on this day).
  const touched = useRef(false);
  // On a programme's rest day the usual massage is still there for a person who wants it.
  const [usualAnyway, setUsualAnyway] = useState(false);
  const programme = props.programme;
  const session = programme?.kind === "session" ? programme.override : undefined;
  // The override is rebuilt on every render; its content is what decides a new plan.
  const sessionKey = JSON.stringify(session ?? null);
  useEffect(() => {
    touched.current = false;
  }, [records, day]);
  useEffect(() => {
    if (!stored.value || touched.current) return;
    const read = stored.value.skip;
    // The same entry as the one drawn (most days: nothing skipped) keeps the plan as it is
    // rather than planning the session a second time.
    setSkip((drawn) => (sameSkip(drawn, read) ? drawn : read));
    setChecks(stored.value.checks);
  }, [stored.value]);
  // Saved as they change: the newest state wins, and a failure says so with a retry.
  const savingChecks = useAction(
    t("today.action.ticks"),
    (c: TodayChecks) => writeChecks(records, c),
    {
      latest: true,
    },
  );
  const savingSkip = useAction(
    t("today.action.skip"),
    (next: SkipToday) => writeSkipToday(records, next),
    { latest: true },
  );
  const starting = useAction(t("today.action.player"), startMassage);
  const setConditions = (conditions: readonly Condition[]) =>
    saveProfile(records, { ...setup.profile, conditions });
  const clearing = useAction(t("today.action.cleared"), async (condition: Condition) => {
    const before = setup.profile.conditions;
    await setConditions(before.filter((c) => c !== condition));
    showToast({
      message: t("today.cleared-toast"),
      tone: "success",
      action: { label: t("today.undo"), run: () => undoing.run(before) },
    });
  });
  const undoing = useAction(t("today.action.undo"), (before: readonly Condition[]) =>
    setConditions(before),
  );

  const plan = useMemo(() => {
    const extra = skip.zones.length > 0 ? SKIP_CONDITIONS[skip.reason] : undefined;
    const profile =
      extra && !setup.profile.conditions.includes(extra)
        ? { ...setup.profile, conditions: [...setup.profile.conditions, extra] }
        : setup.profile;
    return planForSlot(profile, routine, slot, day, skip.zones, t, session);
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
    touched.current = true;
    setChecks(updated);
    savingChecks.run(updated);
  };
  const changeSkip = (next: SkipToday): void => {
    touched.current = true;
    setSkip(next);
    savingSkip.run(next);
  };

  if (!plan.ok) {
    return (
      <Notice tone="danger">
        <p>{t("today.unplannable", { reason: plan.error.message })}</p>
      </Notice>
    );
  }
  const medium = routineMedium(routine);
  const p = plan.plan;
  const card =
    programme?.kind === "rest" && !usualAnyway ? (
      <RestDayCard onUsual={() => setUsualAnyway(true)} />
    ) : p.verdict === "stop" ? (
      <StoppedCard
        reasons={stopReasons(p, setup.profile, day)}
        clearing={clearing.busy.value}
        onCleared={(condition) => clearing.run(condition)}
      />
    ) : (
      <MassageCard
        plan={p}
        skip={skip}
        done={props.done}
        note={programmeNote(programme)}
        starting={starting.busy.value}
        onStart={() => starting.run(p, slot, medium)}
      >
        <SkipZonesPanel skip={skip} onChange={changeSkip} />
        {medium === undefined ? <NoGlideWarning /> : null}
      </MassageCard>
    );
  return (
    <div class="today-body">
      <div class="today-plan">
        <ProblemNotice problem={stored.problem} />
        <ProblemNotice problem={savingChecks.problem.value} />
        <ProblemNotice problem={savingSkip.problem.value} />
        <ProblemNotice problem={starting.problem.value} />
        <ProblemNotice problem={clearing.problem.value ?? undoing.problem.value} />
        {card}
      </div>
      <RoutineChecklist
        routine={routine}
        slot={slot}
        mediumIndex={mediumIndex}
        ticked={ticked}
        onTick={tick}
        massage={
          p.verdict === "stop"
            ? t("today.massage.not-today")
            : t("today.massage.title", { duration: durationWords(p.totalSeconds) })
        }
        massageDone={props.done}
      />
    </div>
  );
}
