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
import { saveSetup } from "../local/setup-store.ts";
import { type SetupState, useSetup } from "../local/use-setup.ts";
import { ensureReminders } from "../reminders/reminder-store.ts";
import { navigate } from "../router.ts";
import { HealthStep } from "./health-step.tsx";
import { InjectablesStep } from "./injectables-step.tsx";
import { ProceduresStep } from "./procedures-step.tsx";
import { ResultStep } from "./result-step.tsx";
import { ToolsProductsStep } from "./tools-products-step.tsx";
import "../styles/daily.css";

const STEPS = [
  "Goals",
  "Skin and health",
  "Treatments",
  "Tools and products",
  "Minutes",
  "Your routines",
] as const;

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

/** Onboarding at /welcome: six short steps, skippable at any point, editable again later. */
export function WelcomeScreen() {
  const { value: state, problem } = useSetup();
  if (state === undefined) return <Waiting problem={problem}>Loading…</Waiting>;
  return <Welcome state={state} />;
}

function Welcome({ state }: { readonly state: SetupState }) {
  const [draft, setDraft] = useState<Draft>({
    ...state.setup.profile,
    weekday: state.setup.routines.weekly.weekday ?? DEFAULT_WEEKDAY,
  });
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);
  const today = localDateOf(Date.now(), deviceTimeZone());
  const change = (patch: Partial<Draft>): void => setDraft((d) => ({ ...d, ...patch }));
  // A failed save keeps every answer on screen and says so; "Try again" saves the same answers.
  const saving = useAction("save your answers", async () => {
    const { weekday: _weekday, ...rest } = draft;
    const profile: ProfileBody = { ...rest, schemaVersion: PROFILE_SCHEMA_VERSION };
    await saveSetup(state.records, profile, routinesFor(draft, state));
    await ensureReminders(state.records);
    navigate("/");
  });
  const busy = saving.busy.value;
  const last = step === STEPS.length - 1;
  return (
    <section class="welcome">
      <h1>{state.setup.onboarded ? "Edit your setup" : "Welcome to Nura"}</h1>
      <p>
        Nura plans a few minutes of facial self-massage for your morning and evening routine, checks
        the plan against your skin and health answers each day, and talks you through it. It tells
        you plainly how strong the evidence is for each benefit.
      </p>
      <p class="hint">
        A minute of questions, so the massage fits your skin, your time and your health. Skip any of
        it.
      </p>
      <h2 ref={heading} tabIndex={-1}>
        Step {step + 1} of {STEPS.length}: {STEPS[step]}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (last) saving.run();
          else setStep(step + 1);
        }}
      >
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
        <ProblemNotice problem={saving.problem.value}>
          Your answers are still here, nothing you chose is lost.
        </ProblemNotice>
        <div class="actions">
          {step > 0 ? (
            <button type="button" onClick={() => setStep(step - 1)}>
              Back
            </button>
          ) : null}
          <button type="submit" class="primary" disabled={busy}>
            {last ? "Save my routines" : "Next"}
          </button>
          {last ? null : (
            <button type="button" class="link" disabled={busy} onClick={() => saving.run()}>
              {state.setup.onboarded ? "Save and close" : "Skip the rest"}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
