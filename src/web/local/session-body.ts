/**
 * The body of a `session` record: one massage session as the player records it and the
 * progress, today and sync code read it. Append-only once written; corrected only from history.
 * Defined once, in core (`SessionFacts`, with its validator), because core reads sessions too.
 */
export type { SessionFacts as SessionBody } from "../../core/progress/session-facts.ts";
