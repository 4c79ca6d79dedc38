/**
 * The body of a `session` record: one massage session as the player records it and the
 * progress, today and sync code read it. Append-only once written.
 */
export interface SessionBody {
  /** Which routine slot it belonged to; "practice" for a one-technique practice from Learn. */
  readonly slot: "am" | "pm" | "weekly" | "practice";
  /** A summary of the plan that was followed. */
  readonly plan: {
    readonly minutes: number;
    readonly goals: readonly string[];
    readonly totalSeconds: number;
    readonly stepCount: number;
    /** Adjustments the safety screen made, as their codes (e.g. "acne-breakout"). */
    readonly adjustments: readonly string[];
  };
  /** ISO instants (UTC) of the start and the end. */
  readonly startedAt: string;
  readonly endedAt: string;
  /** The person's IANA time zone at the start, so local days are computed as they lived them. */
  readonly timeZone: string;
  /** Seconds actually guided (pauses excluded). */
  readonly secondsDone: number;
  /** True when the plan ran to its end; false for a session ended early. */
  readonly completed: boolean;
  /** Zone ids worked, in order of first appearance. */
  readonly zones: readonly string[];
  /** The main tool used: "fingers", "roller" or "gua-sha". */
  readonly tool: string;
  /** The slip medium confirmed before the start: "serum", "facial-oil", "moisturizer", "cream". */
  readonly medium: string;
}
