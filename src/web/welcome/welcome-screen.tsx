import { useEffect, useRef, useState } from "preact/hooks";
import { SLOTS, type Slot } from "../../core/model/slots.ts";
import { PROFILE_SCHEMA_VERSION, type ProfileBody } from "../../core/setup/profile-body.ts";
import {
  composedRoutineBody,
  DEFAULT_WEEKDAY,
  type RoutineBody,
} from "../../core/setup/routine-body.ts";
import { localDateOf } from "../../core/time/zoned-time.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { GoalsStep } from "../common/goals-step.tsx";
import { MinutesStep } from "../common/minutes-step.tsx";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import type { Draft } from "../common/profile-draft.ts";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import { saveSetup } from "../local/setup-store.ts";
import { type SetupState, useSetup } from "../local/use-setup.ts";
import { ensureReminders } from "../reminders/reminder-store.ts";
import { navigate } from "../router.ts";
import { rememberStart } from "../shell/start-cookie.ts";
import { Button } from "../ui/button.tsx";
import { ArrowLeft, ChevronRight } from "../ui/icons.ts";
import { ProgressBar } from "../ui/progress-bar.tsx";
import { HealthStep } from "./health-step.tsx";
import { InjectablesStep } from "./injectables-step.tsx";
import { ProceduresStep } from "./procedures-step.tsx";
import { ResultStep } from "./result-step.tsx";
import { ToolsProductsStep } from "./tools-products-step.tsx";
import { draftBase, forgetDraft, readDraft, type SavedDraft, writeDraft } from "./welcome-draft.ts";
import { WelcomeIntro } from "./welcome-intro.tsx";
import "./welcome.css";
import { t } from "../i18n/language.ts";

/** The steps in order; each is named by `welcome.step.<step>`. */
const STEPS = ["goals", "health", "treatments", "tools", "minutes", "routines"] as const;

/** The routines to save: kept as edited when the products did not change, else composed afresh. */
function routinesFor(draft: Draft, state: SetupState): Record<Slot, RoutineBody> {
  const same =
    JSON.stringify(draft.products) === JSON.stringify(state.setup.profile.products) &&
    state.setup.onboarded;
  const out = {} as Record<Slot, RoutineBody>;
  for (const slot of SLOTS) {
    const kept = state.setup.routines[slot];
    const base = same ? kept : composedRoutineBody(draft.products, slot, draft.weekday);
    out[slot] = slot === "weekly" ? { ...base, weekday: draft.weekday } : base;
  }
  return out;
}

/** Onboarding at /welcome: a welcome, then six short steps, skippable at any point, editable again later. */
export function WelcomeScreen() {
  const { value: state, problem } = useSetup();
  const records = state?.records;
  const start = state ? startingDraft(state) : undefined;
  const base = start ? draftBase(start) : "";
  const saved = useLoad(
    t("welcome.action.read-draft"),
    async () => (records ? ((await readDraft(records, base)) ?? null) : undefined),
    [records, base],
  );
  if (state === undefined || start === undefined || saved.value === undefined)
    return <Waiting problem={problem ?? saved.problem}>{t("common.loading")}</Waiting>;
  return <Welcome state={state} start={start} saved={saved.value ?? undefined} />;
}

/** The answers the form starts from: the stored profile and the weekly routine's day. */
function startingDraft(state: SetupState): Draft {
  return {
    ...state.setup.profile,
    weekday: state.setup.routines.weekly.weekday ?? DEFAULT_WEEKDAY,
  };
}

function Welcome(props: {
  readonly state: SetupState;
  readonly start: Draft;
  readonly saved: SavedDraft | undefined;
}) {
  const { state } = props;
  const onboarded = state.setup.onboarded;
  const [draft, setDraft] = useState<Draft>(props.saved?.draft ?? props.start);
  // -1 is the welcome itself, shown once, before the first question; never when editing.
  const [step, setStep] = useState(props.saved?.step ?? (onboarded ? 0 : -1));
  useEffect(() => {
    // Until the set-up is done, `/` opens here (start-cookie.ts); Today says so once it is.
    if (!onboarded) rememberStart("welcome");
  }, [onboarded]);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // Every answer and step is kept on the device as it changes, so a reload loses none.
  const keeping = useAction(
    t("welcome.action.keep"),
    (saved: SavedDraft) => writeDraft(state.records, saved),
    { latest: true },
  );
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    keeping.run({ base: draftBase(props.start), draft, step });
  }, [draft, step]);
  const go = (next: number): void => {
    setStep(next);
    window.scrollTo(0, 0);
    // The new step's heading takes focus, so a screen reader starts at the new question.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const today = localDateOf(Date.now(), deviceTimeZone());
  const change = (patch: Partial<Draft>): void => setDraft((d) => ({ ...d, ...patch }));
  // A failed save keeps every answer on screen and says so; "Try again" saves the same answers.
  const saving = useAction(t("welcome.action.save"), async () => {
    const { weekday: _weekday, ...rest } = draft;
    const profile: ProfileBody = { ...rest, schemaVersion: PROFILE_SCHEMA_VERSION };
    await saveSetup(state.records, profile, routinesFor(draft, state));
    await ensureReminders(state.records);
    await forgetDraft(state.records);
    navigate("/");
  });
  const leaving = useAction(t("welcome.action.leave"), async () => {
    await forgetDraft(state.records);
    navigate("/more");
  });
  if (step < 0) return <WelcomeIntro onStart={() => go(0)} />;
  const busy = saving.busy.value;
  const last = step === STEPS.length - 1;
  return (
    <form
      class="welcome"
      aria-labelledby="welcome-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (last) saving.run();
        else go(step + 1);
      }}
    >
      <header class="welcome__header">
        <div class="welcome__top">
          <h1 id="welcome-title" class="welcome__eyebrow">
            {onboarded ? t("welcome.edit-title") : t("welcome.intro.title")}
          </h1>
          {last ? null : (
            <Button variant="quiet" size="small" busy={busy} onClick={() => saving.run()}>
              {onboarded ? t("welcome.save-close") : t("welcome.skip-rest")}
            </Button>
          )}
        </div>
        <ProgressBar
          value={step + 1}
          max={STEPS.length}
          label={t("welcome.step.of", { step: step + 1, steps: STEPS.length })}
        />
        <h2 ref={heading} tabIndex={-1} class="welcome__title">
          <span class="visually-hidden">
            {t("welcome.step.heading", { step: step + 1, steps: STEPS.length })}
          </span>
          {t(`welcome.step.${STEPS[step] ?? "goals"}`)}
        </h2>
      </header>
      <div class="welcome__body">
        {step === 0 ? <GoalsStep draft={draft} change={change} /> : null}
        {step === 1 ? <HealthStep draft={draft} change={change} /> : null}
        {step === 2 ? (
          <>
            <InjectablesStep draft={draft} change={change} today={today} />
            <ProceduresStep draft={draft} change={change} today={today} />
          </>
        ) : null}
        {step === 3 ? <ToolsProductsStep draft={draft} change={change} /> : null}
        {step === 4 ? <MinutesStep draft={draft} change={change} /> : null}
        {step === 5 ? <ResultStep draft={draft} today={today} /> : null}
      </div>
      <ProblemNotice problem={saving.problem.value}>{t("welcome.kept")}</ProblemNotice>
      <ProblemNotice problem={keeping.problem.value ?? leaving.problem.value}>
        {t("welcome.on-screen")}
      </ProblemNotice>
      <div class="welcome__actions">
        {step > 0 || !onboarded ? (
          <Button variant="quiet" icon={ArrowLeft} onClick={() => go(step - 1)}>
            {t("welcome.back")}
          </Button>
        ) : (
          <Button variant="quiet" busy={leaving.busy.value} onClick={() => leaving.run()}>
            {t("welcome.cancel")}
          </Button>
        )}
        <Button
          type="submit"
          class="welcome__next"
          busy={busy}
          busyLabel={t("welcome.saving")}
          iconEnd={last ? undefined : ChevronRight}
        >
          {last ? t("welcome.save") : t("welcome.next")}
        </Button>
      </div>
    </form>
  );
}
