import type { ZoneId } from "../model/zones.ts";
import { parseInstant } from "../time/session-day.ts";
import type { CheckinBody, Reaction } from "./checkin.ts";
import type { SessionFacts } from "./session-facts.ts";

/** How far back a reaction looks for sessions that preceded it. */
export const REACTION_WINDOW_HOURS = 48;

/** A record id with its body, as the linking reads them. */
export interface WithId<B> {
  readonly id: string;
  readonly body: B;
}

/** A session that came before a reaction. */
export interface PrecedingSession {
  readonly id: string;
  readonly startedAt: string;
  readonly slot: SessionFacts["slot"];
  readonly medium: string;
  readonly tool: string;
  readonly zones: readonly string[];
  /** Hours between the session's start and the check-in, rounded down. */
  readonly hoursBefore: number;
}

/** A check-in with reactions and what preceded it. */
export interface ReactionLink {
  readonly checkinId: string;
  readonly at: string;
  readonly reactions: readonly Reaction[];
  /** Sessions started in the window before the check-in, most recent first. */
  readonly sessions: readonly PrecedingSession[];
  /** Distinct media, tools, in order of first appearance (most recent session first). */
  readonly media: readonly string[];
  readonly tools: readonly string[];
  /** Reaction zones that one of those sessions worked. */
  readonly workedZones: readonly ZoneId[];
}

const HOUR_MS = 3_600_000;

function distinct(values: readonly string[]): readonly string[] {
  return [...new Set(values)];
}

/**
 * Links every check-in that reports a reaction to the sessions started in the
 * {@link REACTION_WINDOW_HOURS} before it, so a person can see what the reactions had in common
 * (a new oil, a tool on one zone). It lists what came before; it does not say what caused what.
 * Newest reaction first.
 */
export function linkReactions(
  checkins: readonly WithId<CheckinBody>[],
  sessions: readonly WithId<SessionFacts>[],
  windowHours = REACTION_WINDOW_HOURS,
): readonly ReactionLink[] {
  const timed = sessions
    .map((s) => ({ s, ms: parseInstant(s.body.startedAt) }))
    .filter((t): t is { s: WithId<SessionFacts>; ms: number } => t.ms !== undefined)
    .sort((a, b) => b.ms - a.ms);
  const links: { link: ReactionLink; ms: number }[] = [];
  for (const c of checkins) {
    const at = parseInstant(c.body.at);
    if (at === undefined || c.body.reactions.length === 0) continue;
    const before = timed
      .filter((t) => t.ms <= at && at - t.ms <= windowHours * HOUR_MS)
      .map(
        ({ s, ms }): PrecedingSession => ({
          id: s.id,
          startedAt: s.body.startedAt,
          slot: s.body.slot,
          medium: s.body.medium,
          tool: s.body.tool,
          zones: s.body.zones,
          hoursBefore: Math.floor((at - ms) / HOUR_MS),
        }),
      );
    const worked = new Set(before.flatMap((s) => s.zones));
    links.push({
      ms: at,
      link: {
        checkinId: c.id,
        at: c.body.at,
        reactions: c.body.reactions,
        sessions: before,
        media: distinct(before.map((s) => s.medium)),
        tools: distinct(before.map((s) => s.tool)),
        workedZones: distinct(c.body.reactions.map((r) => r.zone)).filter((z) =>
          worked.has(z),
        ) as ZoneId[],
      },
    });
  }
  return links.sort((a, b) => b.ms - a.ms).map((l) => l.link);
}

/** How often one medium or tool came before a reaction. */
export interface Pattern {
  readonly what: "medium" | "tool";
  readonly value: string;
  readonly reactions: number;
  readonly of: number;
}

/**
 * Counts, across all linked reactions, how many were preceded by each medium and each tool,
 * commonest first; a pattern shared by most reactions is worth a look, not a verdict.
 */
export function reactionPatterns(links: readonly ReactionLink[]): readonly Pattern[] {
  const counts = new Map<string, Pattern>();
  for (const link of links) {
    for (const [what, values] of [
      ["medium", link.media],
      ["tool", link.tools],
    ] as const) {
      for (const value of values) {
        const key = `${what}:${value}`;
        const prev = counts.get(key);
        counts.set(key, { what, value, reactions: (prev?.reactions ?? 0) + 1, of: links.length });
      }
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.reactions - a.reactions || a.what.localeCompare(b.what) || a.value.localeCompare(b.value),
  );
}
