import { useEffect, useState } from "preact/hooks";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import { browserSpeaker } from "./audio/speech.ts";
import { BeforeStart } from "./before-start.tsx";
import { browserClock } from "./clock.ts";
import { Countdown } from "./countdown.tsx";
import { FinishView } from "./finish-view.tsx";
import { ACTIVE_KEY, type ActiveSession, PENDING_KEY, type PendingSession } from "./handoff.ts";
import { PlayerEngine } from "./player-engine.ts";
import {
  DEFAULT_PLAYER_SETTINGS,
  loadPlayerSettings,
  type PlayerSettings,
  savePlayerSettings,
} from "./player-settings.ts";
import { pageProbe } from "./probe.ts";
import { RunningView } from "./running-view.tsx";
import "./player.css";
import { useEngineBindings } from "./use-engine-bindings.ts";
import { wakeWorker } from "./wake-timer.ts";

type Phase = "loading" | "empty" | "before" | "countdown" | "playing";
type SlipMedium = ActiveSession["medium"];

const speaker = browserSpeaker();

function newAudio(): AudioContext | null {
  return typeof AudioContext === "undefined" ? null : new AudioContext();
}

/** /session: the guided session player (issue 4); it plays the plan handed over by `startSession`. */
export function SessionScreen() {
  const [phase, setPhase] = useState<Phase>("loading");
  const [records, setRecords] = useState<Records | null>(null);
  const [pending, setPending] = useState<PendingSession | null>(null);
  const [settings, setSettings] = useState<PlayerSettings>(DEFAULT_PLAYER_SETTINGS);
  const [voiced, setVoiced] = useState<boolean | null>(null);
  const [medium, setMedium] = useState<SlipMedium>("serum");
  const [engine, setEngine] = useState<PlayerEngine | null>(null);
  const [audio, setAudio] = useState<AudioContext | null>(null);
  const [, setSoundChecks] = useState(0);
  const title = engine?.active.meta.title ?? pending?.meta.title ?? "Session";
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
      speaker,
      voiced: v,
      settings: s,
      audio: ctx,
      probe: pageProbe(),
    });
    setEngine(e);
    setPhase("playing");
    return e;
  };

  useEffect(() => {
    wakeWorker(); // started now, so it is running by the time the first cue is timed
  }, []);
  const loaded = useLoad("open the session", async () => {
    const r = await localRecords();
    const [s, active, next, v] = await Promise.all([
      loadPlayerSettings(r),
      r.getMeta<ActiveSession>(ACTIVE_KEY),
      r.getMeta<PendingSession>(PENDING_KEY),
      speaker.available(),
    ]);
    return { r, s, active, next, v };
  }, []);
  useEffect(() => {
    if (!loaded.value) return;
    const { r, s, active, next, v } = loaded.value;
    setRecords(r);
    setSettings(s);
    setVoiced(v);
    if (active) {
      // A reload mid-session: carry on where the clock says we are. Sound may need a tap.
      const ctx = newAudio();
      setAudio(ctx);
      makeEngine(r, active, ctx, v, s);
    } else if (next) {
      setPending(next);
      setMedium(next.meta.medium ?? "serum");
      setPhase("before");
    } else setPhase("empty");
  }, [loaded.value]);

  useEffect(() => () => engine?.dispose(), [engine]);

  const savingSettings = useAction(
    "save your player settings",
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
  const soundOn = useAction("turn the sound back on", async () => {
    await audio?.resume();
    engine?.soundResumed();
    setSoundChecks((n) => n + 1);
  });

  const begin = () => {
    if (!records || !pending || engine) return;
    const active: ActiveSession = {
      ...pending,
      medium,
      startedAtWall: Date.now(),
      timeZone: deviceTimeZone(),
      scheduler: { status: "ready", anchorWall: null, elapsedMs: 0, next: 0 },
      recordId: records.newId(),
    };
    makeEngine(records, active, audio, voiced === true, settings).start();
    // The running session now takes precedence over the pending plan on a reload; a failure
    // here only offers the same plan again once this session is over.
    records
      .deleteMeta(PENDING_KEY)
      .catch((err: unknown) => console.warn("could not clear the started plan", err));
  };

  if (phase === "loading") return <Waiting problem={loaded.problem}>Loading the session…</Waiting>;
  if (phase === "empty")
    return (
      <section>
        <h1>No session waiting</h1>
        <p>Plan today's massage first, then start it from there.</p>
        <a class="button" href="/">
          Go to the start
        </a>
      </section>
    );
  if (phase === "before" && pending)
    return (
      <>
        <ProblemNotice problem={savingSettings.problem.value} />
        <BeforeStart
          pending={pending}
          settings={settings}
          voiced={voiced}
          medium={medium}
          onMedium={setMedium}
          onSettings={changeSettings}
          onStart={() => {
            // Created inside the tap, so the browser lets it make sound.
            const ctx = audio ?? newAudio();
            // Refused sound shows as "Turn the sound back on" once the session runs.
            ctx?.resume().catch((err: unknown) => console.warn("sound stays off", err));
            setAudio(ctx);
            setPhase("countdown");
          }}
        />
      </>
    );
  if (phase === "countdown") return <Countdown onDone={begin} />;
  if (!engine) return null;
  const suspended = audio?.state === "suspended" && settings.mode !== "silent";
  return (
    <div class="player" data-status={engine.status.value}>
      {suspended ? (
        <button type="button" class="sound-on" onClick={() => soundOn.run()}>
          Turn the sound back on
        </button>
      ) : null}
      <ProblemNotice problem={soundOn.problem.value} />
      {engine.status.value === "ended" ? (
        <FinishView engine={engine} />
      ) : (
        <RunningView engine={engine} wakeNote={wakeNote} />
      )}
    </div>
  );
}
