import { useEffect, useState } from "preact/hooks";
import type { SlipMedium } from "../../core/model/media.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import { Button, ButtonLink } from "../ui/button.tsx";
import { browserSpeaker, type Speaker } from "./audio/speech.ts";
import { BeforeStart } from "./before-start.tsx";
import { browserClock } from "./clock.ts";
import { Countdown } from "./countdown.tsx";
import { type ActiveSession, PENDING_KEY, type PendingSession } from "./handoff.ts";
import { LazyFinishView } from "./lazy-finish-view.tsx";
import { PlayerEngine } from "./player-engine.ts";
import {
  DEFAULT_PLAYER_SETTINGS,
  loadPlayerSettings,
  type PlayerSettings,
  savePlayerSettings,
} from "./player-settings.ts";
import { pageProbe } from "./probe.ts";
import { RunningView } from "./running-view.tsx";
import { loadSessionArt } from "./session-art.tsx";
import "./player.css";
import { UnfinishedCard } from "./unfinished-card.tsx";
import { openingOf, type Unfinished } from "./unfinished-session.ts";
import { keepUnfinished, readPlayerState } from "./unfinished-store.ts";
import { useEngineBindings } from "./use-engine-bindings.ts";
import { wakeWorker } from "./wake-timer.ts";

type Phase = "loading" | "empty" | "unfinished" | "before" | "countdown" | "playing";

let speakerMade: Speaker | undefined;
/** The page's speaker, made on first use: the page's language is started by then. */
const pageSpeaker = (): Speaker => {
  speakerMade ??= browserSpeaker(t.locale);
  return speakerMade;
};

function newAudio(): AudioContext | null {
  return typeof AudioContext === "undefined" ? null : new AudioContext();
}

/** Starts downloading what the session shows after its start: the moving face, the finish. */
function preloadTheRest(): void {
  loadSessionArt().catch((err: unknown) => console.warn("the face picture will load later", err));
  LazyFinishView.preload().catch((err: unknown) => console.warn("the finish will load later", err));
}

/**
 * /session: the guided session player (issue 4). It opens the plan handed over by
 * `startSession` at its slip-medium check, or carries on the session under way; a session left
 * unfinished is offered back, never resumed silently once stale (see `openingOf`).
 */
export function SessionScreen() {
  const [phase, setPhase] = useState<Phase>("loading");
  const [records, setRecords] = useState<Records | null>(null);
  const [pending, setPending] = useState<PendingSession | null>(null);
  const [unfinished, setUnfinished] = useState<Unfinished | null>(null);
  const [settings, setSettings] = useState<PlayerSettings>(DEFAULT_PLAYER_SETTINGS);
  const [voiced, setVoiced] = useState<boolean | null>(null);
  const [medium, setMedium] = useState<SlipMedium | null>(null);
  const [mediumError, setMediumError] = useState(false);
  const [engine, setEngine] = useState<PlayerEngine | null>(null);
  const [audio, setAudio] = useState<AudioContext | null>(null);
  const [, setSoundChecks] = useState(0);
  const title = engine?.active.meta.title ?? pending?.meta.title ?? t("session.fallback-title");
  const wakeNote = useEngineBindings(engine, title);

  const makeEngine = (
    r: Records,
    active: ActiveSession,
    ctx: AudioContext | null,
    v: boolean,
    s: PlayerSettings,
  ) => {
    const e = new PlayerEngine(active, {
      records: r,
      clock: browserClock,
      speaker: pageSpeaker(),
      voiced: v,
      settings: s,
      audio: ctx,
      probe: pageProbe(),
    });
    setEngine(e);
    setPhase("playing");
    return e;
  };
  /** Carries on a session under way (a reload, "Resume"). Sound may need a tap to come back. */
  const carryOn = (r: Records, active: ActiveSession, v: boolean, s: PlayerSettings) => {
    preloadTheRest();
    const ctx = newAudio();
    setAudio(ctx);
    makeEngine(r, active, ctx, v, s);
  };

  useEffect(() => {
    wakeWorker(); // started now, so it is running by the time the first cue is timed
    // The screen does not wait for the voice list (up to 1.5 s on a device with no voice of the
    // language): the guide settings show what it found once it is known.
    pageSpeaker()
      .available()
      .then(setVoiced, (err: unknown) => console.warn("no voice list", err));
  }, []);
  const loaded = useLoad(t("session.action.open"), async () => {
    const r = await localRecords();
    const [s, state] = await Promise.all([loadPlayerSettings(r), readPlayerState(r)]);
    const opening = openingOf(state.active, state.pending, Date.now());
    // A session under way carries on at once, so it needs to know now whether it can speak.
    const v = opening.kind === "resume" ? await pageSpeaker().available() : false;
    return { r, s, v, opening };
  }, []);
  useEffect(() => {
    if (!loaded.value) return;
    const { r, s, v, opening } = loaded.value;
    setRecords(r);
    setSettings(s);
    if (opening.kind === "resume") carryOn(r, opening.active, v, s);
    else if (opening.kind === "before") {
      setPending(opening.pending);
      setUnfinished(opening.unfinished);
      // Only the routine's own slip product is preselected: nothing is chosen for the person.
      setMedium(opening.pending.meta.medium ?? null);
      setPhase("before");
      preloadTheRest();
    } else if (opening.kind === "unfinished") {
      setUnfinished(opening.unfinished);
      setPhase("unfinished");
    } else setPhase("empty");
  }, [loaded.value]);
  useEffect(() => () => engine?.dispose(), [engine]);

  const savingSettings = useAction(
    t("session.action.save-settings"),
    async (s: PlayerSettings) => {
      if (records) await savePlayerSettings(records, s);
    },
    { latest: true },
  );
  const changeSettings = (s: PlayerSettings) => {
    setSettings(s);
    engine?.setSettings(s);
    savingSettings.run(s);
  };
  const soundOn = useAction(t("session.action.sound"), async () => {
    await audio?.resume();
    engine?.soundResumed();
    setSoundChecks((n) => n + 1);
  });
  // Starting a new session ends the one left unfinished first, keeping its minutes.
  const starting = useAction(t("session.action.start"), async () => {
    if (unfinished && records) await keepUnfinished(records, unfinished);
    setUnfinished(null);
    setPhase("countdown");
  });
  const start = () => {
    if (medium === null) {
      setMediumError(true);
      return;
    }
    // Created inside the tap, so the browser lets it make sound; refused sound shows as
    // "Turn the sound back on" once the session runs.
    const ctx = audio ?? newAudio();
    ctx?.resume().catch((err: unknown) => console.warn("sound stays off", err));
    setAudio(ctx);
    starting.run();
  };

  const begin = async () => {
    if (!records || !pending || engine || medium === null) return;
    // Known long before the countdown ends (the voice list is waited for 1.5 s at most).
    const v = await pageSpeaker().available();
    const active: ActiveSession = {
      ...pending,
      medium,
      startedAtWall: Date.now(),
      timeZone: deviceTimeZone(),
      scheduler: { status: "ready", anchorWall: null, elapsedMs: 0, next: 0 },
      recordId: records.newId(),
    };
    makeEngine(records, active, audio, v, settings).start();
    // The running session now takes precedence over the pending plan on a reload; a failure
    // here only offers the same plan again once this session is over.
    records
      .deleteMeta(PENDING_KEY)
      .catch((err: unknown) => console.warn("could not clear the started plan", err));
  };

  if (phase === "loading")
    return <Waiting problem={loaded.problem}>{t("session.loading")}</Waiting>;
  const unfinishedCard =
    unfinished && records ? (
      <UnfinishedCard
        records={records}
        unfinished={unfinished}
        beforeNew={phase === "before"}
        onResolved={() => {
          setUnfinished(null);
          if (phase === "unfinished") setPhase("empty");
        }}
        onResume={() => {
          setUnfinished(null);
          pageSpeaker()
            .available()
            .then(
              (v) => carryOn(records, unfinished.active, v, settings),
              (err: unknown) => console.warn("the session could not be carried on", err),
            );
        }}
      />
    ) : null;
  if (phase === "empty" || phase === "unfinished")
    return (
      <section class="session-empty" aria-labelledby="session-empty-title">
        <h1 id="session-empty-title">
          {t("session.empty.title", { unfinished: phase === "unfinished" ? "yes" : "no" })}
        </h1>
        {unfinishedCard}
        <p>{t("session.empty.hint")}</p>
        <ButtonLink href="/">{t("session.empty.today")}</ButtonLink>
      </section>
    );
  if (phase === "before" && pending)
    return (
      <>
        <ProblemNotice problem={savingSettings.problem.value} />
        <ProblemNotice problem={starting.problem.value} />
        <BeforeStart
          pending={pending}
          settings={settings}
          voiced={voiced}
          medium={medium}
          mediumError={mediumError}
          onMedium={setMedium}
          onSettings={changeSettings}
          onStart={start}
          starting={starting.busy.value}
          unfinished={unfinishedCard}
        />
      </>
    );
  if (phase === "countdown") return <Countdown onDone={begin} />;
  if (!engine || !records) return null;
  const suspended = audio?.state === "suspended" && settings.mode !== "silent";
  return (
    <div class="player" data-status={engine.status.value}>
      {engine.status.value === "ended" ? (
        <LazyFinishView engine={engine} records={records} />
      ) : (
        <RunningView
          engine={engine}
          wakeNote={wakeNote}
          notice={
            <>
              {suspended ? (
                <Button size="small" variant="secondary" onClick={() => soundOn.run()}>
                  {t("session.sound-back")}
                </Button>
              ) : null}
              <ProblemNotice problem={soundOn.problem.value} />
            </>
          }
        />
      )}
    </div>
  );
}
