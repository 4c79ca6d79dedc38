import { describe, expect, it } from "vitest";
import { checkinBody, sessionFacts } from "../progress/test-fixtures.ts";
import { csvCell, toCsv } from "./csv.ts";
import { checkinsCsv, sessionsCsv } from "./records-csv.ts";

describe("csv", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@sum", "'@sum"],
    ["\tx", "'\tx"],
    ["=a,b", '"\'=a,b"'],
  ])("writes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes numbers, booleans and empty cells as they are", () => {
    expect([
      csvCell(-3),
      csvCell(2.5),
      csvCell(true),
      csvCell(undefined),
      csvCell(Number.NaN),
    ]).toEqual(["-3", "2.5", "true", "", ""]);
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("a,b\r\n1,x\r\n");
  });

  it("writes sessions and check-ins one row each, ratings as scores (5 = better)", () => {
    expect(sessionsCsv([{ id: "s1", body: sessionFacts() }])).toBe(
      "id,started_at,ended_at,time_zone,slot,minutes_planned,seconds_done,completed,tool,medium,zones,goals\r\n" +
        "s1,2026-03-02T20:00:00Z,2026-03-02T20:06:00Z,UTC,pm,6,360,true,fingers,facial-oil,collarbone cheeks,depuff\r\n",
    );
    const body = checkinBody({
      ratings: { puffiness: 2, tension: 4 },
      reactions: [{ kind: "redness", zone: "cheeks" }],
      note: '=cmd|"/c calc"!A1, oops',
    });
    expect(checkinsCsv([{ id: "c1", body }])).toBe(
      "id,at,time_zone,session_id,puffiness_score,radiance_score,firmness_score,tension_score,breakouts_score,reactions,note\r\n" +
        'c1,2026-03-02T20:10:00Z,UTC,,4,,,2,,redness@cheeks,"\'=cmd|""/c calc""!A1, oops"\r\n',
    );
  });
});
