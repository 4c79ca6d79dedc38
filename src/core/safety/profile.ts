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

/** What the safety screen looks at. */
export interface SafetyProfile {
  readonly conditions: readonly Condition[];
  readonly injectables: readonly Injectable[];
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
}
