import type { Condition } from "../model/conditions.ts";
import type { Goal } from "../model/goals.ts";
import type { Medium } from "../model/media.ts";
import type { Pressure } from "../model/pressure.ts";
import type { Slot } from "../model/slots.ts";
import type { TechniqueId } from "../model/techniques.ts";
import type { ToolId } from "../model/tools.ts";
import type { ZoneId } from "../model/zones.ts";
import type {
  Injectable,
  InjectableKind,
  Procedure,
  ProcedureKind,
  Reason,
  Verdict,
} from "../safety/profile.ts";
import type { LocalDate } from "../time/local-date.ts";
import type { Seconds } from "../time/seconds.ts";
import type { InputError } from "../validate/input-error.ts";

/** What `planSession` takes: plain data, as it arrives from a form, the CLI or JSON. */
export interface PlanInput {
  readonly slot: Slot;
  /** Whole minutes, 1 to 20. */
  readonly minutes: number;
  readonly goals?: readonly Goal[];
  /** Tools the person owns; fingers are always available. */
  readonly tools?: readonly ToolId[];
  /** True to leave every tool out of this plan, owned or not. */
  readonly fingersOnly?: boolean;
  readonly skipZones?: readonly ZoneId[];
  readonly conditions?: readonly Condition[];
  readonly injectables?: readonly {
    readonly kind: InjectableKind;
    readonly zone: ZoneId;
    readonly date: string;
  }[];
  /** Dated in-office procedures; `cleared` when the clinician has cleared massage again. */
  readonly procedures?: readonly {
    readonly kind: ProcedureKind;
    readonly date: string;
    readonly cleared?: boolean;
  }[];
  /** A doctor cleared neck work that the neck caution would otherwise leave out. */
  readonly neckCleared?: boolean;
  /** A lower pressure ceiling (a programme's first weeks); 1 to 3. */
  readonly maxPressure?: Pressure;
  readonly age?: number;
  /** What is on the skin for glide; `none` stops the session. */
  readonly medium: Medium;
  /** The local day of the session, `yyyy-MM-dd`. */
  readonly date: string;
}

/** A {@link PlanInput} after validation: lists deduplicated in canonical order, dates parsed. */
export interface PlanRequest {
  readonly slot: Slot;
  readonly minutes: number;
  readonly goals: readonly Goal[];
  readonly tools: readonly ToolId[];
  readonly fingersOnly: boolean;
  readonly skipZones: readonly ZoneId[];
  readonly conditions: readonly Condition[];
  readonly injectables: readonly Injectable[];
  readonly procedures: readonly Procedure[];
  readonly neckCleared: boolean;
  readonly maxPressure?: Pressure;
  readonly age?: number;
  readonly medium: Medium;
  readonly date: LocalDate;
}

/** Which side a step works: both at once, one of them, or a midline zone. */
export type Side = "both" | "left" | "right" | "center";

/** What a cue marks within its step. */
export type CueKind = "start" | "switch-side" | "halfway" | "last-five";

/** A voice cue (and its caption), spoken `at` seconds into its step. */
export interface Cue {
  readonly at: Seconds;
  readonly kind: CueKind;
  readonly text: string;
}

/** One timed step of a session. */
export interface PlanStep {
  readonly zone: ZoneId;
  readonly side: Side;
  readonly technique: TechniqueId;
  readonly tool: ToolId;
  readonly direction: string;
  readonly pressure: Pressure;
  readonly seconds: Seconds;
  /**
   * Lines the step works, one after the other (three across a cheek); 1 where the movement stays
   * in one place or covers the zone as a whole.
   */
  readonly sections: number;
  /**
   * Strokes, circles, passes or holds along each section, when the technique is counted. Exact
   * for a tool (`seconds` = sections × reps × its pace), a target for fingers.
   */
  readonly reps?: number;
  /** Sorted by `at`; the first is at 0. */
  readonly cues: readonly Cue[];
}

/** `drainage`: collarbone, neck, face centre outward, neck, collarbone. `wake-up`: face strokes and circles, then the neck. */
export type PlanOrder = "drainage" | "wake-up";

/** Something a person should know about the plan that is not a safety reason. */
export interface PlanNote {
  readonly code: "absorption-evidence" | "drainage-incomplete" | "shortened";
  readonly message: string;
}

/**
 * A planned session. A `stop` verdict has no steps and `totalSeconds` 0. Otherwise
 * `totalSeconds` is `minutes × 60`, or less with a `shortened` note when the zones left cannot
 * fill the time.
 */
export interface Plan {
  readonly slot: Slot;
  readonly date: LocalDate;
  readonly minutes: number;
  readonly goals: readonly Goal[];
  readonly order: PlanOrder;
  readonly verdict: Verdict;
  readonly reasons: readonly Reason[];
  readonly notes: readonly PlanNote[];
  readonly excludedZones: readonly ZoneId[];
  readonly totalSeconds: Seconds;
  readonly steps: readonly PlanStep[];
}

/** The planner's answer: a plan (possibly a `stop` plan), or an error naming the bad field. */
export type PlanResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly error: InputError };
