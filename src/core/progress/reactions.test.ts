import { describe, expect, it } from "vitest";
import { linkReactions, reactionPatterns } from "./reactions.ts";
import { checkinBody, sessionFacts } from "./test-fixtures.ts";

const sessions = [
  {
    id: "s1",
    body: sessionFacts({
      startedAt: "2026-03-01T07:00:00Z",
      medium: "serum",
      tool: "roller",
      zones: ["forehead"],
    }),
  },
  {
    id: "s2",
    body: sessionFacts({
      startedAt: "2026-03-02T20:00:00Z",
      medium: "facial-oil",
      tool: "gua-sha",
      zones: ["chin-jawline", "cheeks"],
    }),
  },
  {
    id: "s3",
    body: sessionFacts({
      startedAt: "2026-03-03T20:00:00Z",
      medium: "facial-oil",
      tool: "fingers",
      zones: ["cheeks"],
    }),
  },
  { id: "s4", body: sessionFacts({ startedAt: "2026-03-05T20:00:00Z" }) },
];

describe("linkReactions", () => {
  it("lists the sessions of the 48 hours before a reaction, newest first, with what they share", () => {
    const checkins = [
      {
        id: "c0",
        body: checkinBody({
          at: "2026-03-03T21:00:00Z",
          reactions: [
            { kind: "redness", zone: "chin-jawline" },
            { kind: "irritation", zone: "brows" },
          ],
        }),
      },
      { id: "c1", body: checkinBody({ at: "2026-03-03T21:05:00Z" }) },
    ];
    expect(linkReactions(checkins, sessions)).toEqual([
      {
        checkinId: "c0",
        at: "2026-03-03T21:00:00Z",
        reactions: [
          { kind: "redness", zone: "chin-jawline" },
          { kind: "irritation", zone: "brows" },
        ],
        sessions: [
          {
            id: "s3",
            startedAt: "2026-03-03T20:00:00Z",
            slot: "pm",
            medium: "facial-oil",
            tool: "fingers",
            zones: ["cheeks"],
            hoursBefore: 1,
          },
          {
            id: "s2",
            startedAt: "2026-03-02T20:00:00Z",
            slot: "pm",
            medium: "facial-oil",
            tool: "gua-sha",
            zones: ["chin-jawline", "cheeks"],
            hoursBefore: 25,
          },
        ],
        media: ["facial-oil"],
        tools: ["fingers", "gua-sha"],
        workedZones: ["chin-jawline"],
      },
    ]);
  });

  it("includes a session exactly 48 hours before and leaves one a minute older out", () => {
    const at48 = [
      {
        id: "c",
        body: checkinBody({
          at: "2026-03-03T07:00:00Z",
          reactions: [{ kind: "new-breakout", zone: "forehead" }],
        }),
      },
    ];
    expect(linkReactions(at48, sessions)[0]?.sessions.map((s) => s.id)).toEqual(["s2", "s1"]);
    const later = [
      {
        id: "c",
        body: checkinBody({
          at: "2026-03-03T07:01:00Z",
          reactions: [{ kind: "new-breakout", zone: "forehead" }],
        }),
      },
    ];
    expect(linkReactions(later, sessions)[0]?.sessions.map((s) => s.id)).toEqual(["s2"]);
  });

  it("counts the media and tools that preceded most reactions", () => {
    const checkins = [
      {
        id: "a",
        body: checkinBody({
          at: "2026-03-03T21:00:00Z",
          reactions: [{ kind: "redness", zone: "cheeks" }],
        }),
      },
      {
        id: "b",
        body: checkinBody({
          at: "2026-03-06T08:00:00Z",
          reactions: [{ kind: "redness", zone: "cheeks" }],
        }),
      },
    ];
    expect(reactionPatterns(linkReactions(checkins, sessions))).toEqual([
      { what: "medium", value: "facial-oil", reactions: 2, of: 2 },
      { what: "tool", value: "fingers", reactions: 2, of: 2 },
      { what: "tool", value: "gua-sha", reactions: 1, of: 2 },
    ]);
  });
});
