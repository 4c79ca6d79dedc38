import type { Medium } from "../../core/model/media.ts";
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
  /** The medium the person said they use, preselected in the slip check. */
  readonly medium?: Exclude<Medium, "none">;
}

/** A plan handed to the player and not started yet. */
export interface PendingSession {
  readonly plan: PlayerPlan;
  readonly meta: SessionMeta;
}

/** A session under way, persisted on every change so a reload resumes it. */
export interface ActiveSession extends PendingSession {
  readonly medium: Exclude<Medium, "none">;
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
}

/** Meta key holding the {@link PendingSession} for /session. */
export const PENDING_KEY = "player:pending";
/** Meta key holding the {@link ActiveSession}. */
export const ACTIVE_KEY = "player:active";

/**
 * The one way into the player: stores the plan as pending (replacing any older pending plan)
 * and opens /session, which shows it before start. Today's plans and Learn's one-minute practice
 * (meta.slot "practice") both come through here. A session already under way is not touched:
 * /session resumes that one first and the pending plan waits.
 */
export async function startSession(plan: PlayerPlan, meta: SessionMeta): Promise<void> {
  const records = await localRecords();
  await records.setMeta(PENDING_KEY, { plan, meta } satisfies PendingSession);
  navigate("/session");
}
