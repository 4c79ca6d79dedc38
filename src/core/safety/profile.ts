import type { Condition } from "../model/conditions.ts";
import type { Medium } from "../model/media.ts";
import type { Pressure } from "../model/pressure.ts";
import type { TechniqueId } from "../model/techniques.ts";
import type { ToolId } from "../model/tools.ts";
import type { ZoneId } from "../model/zones.ts";
import type { LocalDate } from "../time/local-date.ts";

/** Kinds of injectable treatment the screen knows. */
export const INJECTABLE_KINDS = ["botox", "filler"] as const;

/** One of {@link INJECTABLE_KINDS}. */
export type InjectableKind = (typeof INJECTABLE_KINDS)[number];

/** An injection into one zone on one day. */
export interface Injectable {
  readonly kind: InjectableKind;
  readonly zone: ZoneId;
  readonly date: LocalDate;
}

/** In-office procedures the screen knows (domain notes, section 5b). */
export const PROCEDURE_KINDS = [
  "peel-superficial",
  "peel-medium",
  "peel-deep",
  "laser-ablative",
  "laser-nonablative",
  "ipl",
  "microneedling",
  "surgery",
  "blepharoplasty",
  "thread-lift",
] as const;

/** One of {@link PROCEDURE_KINDS}. */
export type ProcedureKind = (typeof PROCEDURE_KINDS)[number];

/** Procedures whose pause ends only when the person who did it says so, not on a date. */
export const CLEARABLE_PROCEDURES = [
  "peel-deep",
  "laser-ablative",
  "surgery",
  "blepharoplasty",
] as const satisfies readonly ProcedureKind[];

/** A procedure on one day. The whole face counts as treated: the screen is not told which areas were. */
export interface Procedure {
  readonly kind: ProcedureKind;
  readonly date: LocalDate;
  /** The clinician cleared massage again (only for {@link CLEARABLE_PROCEDURES}). */
  readonly cleared?: boolean;
}

/** What the safety screen looks at. */
export interface SafetyProfile {
  readonly conditions: readonly Condition[];
  readonly injectables: readonly Injectable[];
  readonly procedures?: readonly Procedure[];
  /** A doctor cleared neck work despite thyroid disease, carotid sensitivity, arrhythmia or age. */
  readonly neckCleared?: boolean;
  /** A lower pressure ceiling the person or their programme chose; it gives no reason of its own. */
  readonly maxPressure?: Pressure;
  /** Zones the person wants left out (breakouts, sunburn, or simply by choice). */
  readonly skipZones: readonly ZoneId[];
  /** What is on the skin for glide right now. */
  readonly medium: Medium;
  readonly age?: number;
}

/** The screen's overall answer. */
export type Verdict = "ok" | "adjusted" | "stop";

/** Stable codes for every reason the screen (or the planner) gives. */
export type ReasonCode =
  | "infection"
  | "blood-clot"
  | "heart-failure"
  | "unexplained-swelling"
  | "cancer-treatment"
  | "needs-medium"
  | "botox-recent"
  | "filler-recent"
  | "acne-breakout"
  | "sunburn"
  | "rosacea"
  | "sensitive"
  | "neck-caution"
  | "blood-thinners"
  | "bleeding-disorder"
  | "throat-swelling"
  | "pregnancy-swelling"
  | "fever"
  | "migraine-now"
  | "head-neck-lymphedema"
  | "isotretinoin"
  | "new-retinoid"
  | "changing-mole"
  | "eczema-flare"
  | "trigeminal-neuralgia"
  | "tmj"
  | "pregnant"
  | "neck-cleared"
  | "filler-settling"
  | "peel-recent"
  | "laser-recent"
  | "ipl-recent"
  | "microneedling-recent"
  | "surgery-recent"
  | "thread-lift-recent"
  | "nothing-to-plan";

/** One reason, in words a person understands: what, why, what to do. */
export interface Reason {
  readonly code: ReasonCode;
  readonly message: string;
  /** The zones this reason leaves out, when it leaves any out. */
  readonly zones?: readonly ZoneId[];
}

/** The screen's result: what may be planned and why. */
export interface Screening {
  readonly verdict: Verdict;
  readonly reasons: readonly Reason[];
  /** Zones that must not appear in a plan, in the order of `ZONE_IDS`. */
  readonly excludedZones: readonly ZoneId[];
  /** The highest pressure any step may use. */
  readonly pressureCap: Pressure;
  /** Lower caps for single zones (e.g. cheeks and nose with rosacea). */
  readonly zonePressureCaps: Readonly<Partial<Record<ZoneId, Pressure>>>;
  readonly bannedTools: readonly ToolId[];
  readonly bannedTechniques: readonly TechniqueId[];
  /**
   * Tools kept off single zones (e.g. no tools on the face for two weeks after an injection).
   * Absent means none, so screenings written before this field still read correctly.
   */
  readonly zoneBannedTools?: Readonly<Partial<Record<ZoneId, readonly ToolId[]>>>;
  /** The highest pressure a tool may use (e.g. a roller at 1 with sensitive skin); absent: none. */
  readonly toolPressureCaps?: Readonly<Partial<Record<ToolId, Pressure>>>;
}
