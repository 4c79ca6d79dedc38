import type { SlipMedium } from "../../core/model/media.ts";
import { localRecords } from "../local/device.ts";
import type { SessionBody } from "../local/session-body.ts";
import { navigate } from "../router.ts";
import type { SchedulerState } from "./scheduler.ts";
import type { PlayerPlan } from "./timeline.ts";

/** What the player records about a plan besides its steps. */
export interface SessionMeta {
  readonly slot: SessionBody["slot"];
  /** Shown as the heading and in the lock-screen media controls, e.g. "Evening massage". */
  readonly title: string;
  readonly minutes: number;
  readonly goals: readonly string[];
  /** Safety-screen adjustments, as reason codes. */
  readonly adjustments: readonly string[];
  /** The slip product of the person's routine, preselected in the slip check; none without one. */
  readonly medium?: SlipMedium;
}

/** A plan handed to the player and not started yet. */
export interface PendingSession {
  readonly plan: PlayerPlan;
  readonly meta: SessionMeta;
  /**
   * Epoch ms of the hand-over. A plan handed over after an unfinished session started is the
   * person's new choice and opens before it; absent in plans handed over by older versions.
   */
  readonly handedAtWall?: number;
}

/** A session under way, persisted on every change so a reload resumes it. */
export interface ActiveSession extends PendingSession {
  readonly medium: SlipMedium;
  /** Epoch ms of the first start. */
  readonly startedAtWall: number;
  readonly timeZone: string;
  readonly scheduler: SchedulerState;
  /**
   * The id the finished session is recorded under, made when it starts, so that writing the
   * record again (a retry, a reload) never makes a second one. Absent in sessions saved by
   * versions before it; the player gives those one.
   */
  readonly recordId?: string;
  /**
   * Epoch ms at which the player last had the session open: every saved state, and every few
   * seconds while it runs. Absent in sessions saved by older versions.
   */
  readonly touchedAtWall?: number;
}

/** Meta key holding the {@link PendingSession} for /session. */
export const PENDING_KEY = "player:pending";
/** Meta key holding the {@link ActiveSession}. */
export const ACTIVE_KEY = "player:active";

/**
 * The one way into the player: stores the plan as pending (replacing any older pending plan)
 * and opens /session, which shows it before start, beginning with the slip-medium check. Today's
 * plans and Learn's one-minute practice (meta.slot "practice") both come through here. A session
 * left unfinished is not touched: /session shows this new plan and offers to resume or end that
 * one, and starting the new one keeps the minutes it did (see `openingOf`).
 */
export async function startSession(plan: PlayerPlan, meta: SessionMeta): Promise<void> {
  const records = await localRecords();
  const pending: PendingSession = { plan, meta, handedAtWall: Date.now() };
  await records.setMeta(PENDING_KEY, pending);
  navigate("/session");
}
