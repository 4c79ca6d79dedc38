import { useEffect, useState } from "preact/hooks";
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
    });
    setEngine(e);
    setPhase("playing");
    return e;
  };

  useEffect(() => {
    wakeWorker(); // started now, so it is running by the time the first cue is timed
    let live = true;
    void (async () => {
      const r = await localRecords();
      const [s, active, next, v] = await Promise.all([
        loadPlayerSettings(r),
        r.getMeta<ActiveSession>(ACTIVE_KEY),
        r.getMeta<PendingSession>(PENDING_KEY),
        speaker.available(),
      ]);
      if (!live) return;
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
    })();
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => () => engine?.dispose(), [engine]);

  const changeSettings = (s: PlayerSettings) => {
    setSettings(s);
    engine?.setSettings(s);
    if (records) void savePlayerSettings(records, s);
  };

  const begin = async () => {
    if (!records || !pending) return;
    const active: ActiveSession = {
      ...pending,
      medium,
      startedAtWall: Date.now(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      scheduler: { status: "ready", anchorWall: null, elapsedMs: 0, next: 0 },
    };
    await records.deleteMeta(PENDING_KEY);
    makeEngine(records, active, audio, voiced === true, settings).start();
  };

  if (phase === "loading") return <p role="status">Loading the session…</p>;
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
          void ctx?.resume();
          setAudio(ctx);
          setPhase("countdown");
        }}
      />
    );
  if (phase === "countdown") return <Countdown onDone={() => void begin()} />;
  if (!engine) return null;
  const suspended = audio?.state === "suspended" && settings.mode !== "silent";
  return (
    <div class="player" data-status={engine.status.value}>
      {suspended ? (
        <button
          type="button"
          class="sound-on"
          onClick={() =>
            void audio?.resume().then(() => {
              engine.soundResumed();
              setSoundChecks((n) => n + 1);
            })
          }
        >
          Turn the sound back on
        </button>
      ) : null}
      {engine.status.value === "ended" ? (
        <FinishView engine={engine} />
      ) : (
        <RunningView engine={engine} wakeNote={wakeNote} />
      )}
    </div>
  );
}
