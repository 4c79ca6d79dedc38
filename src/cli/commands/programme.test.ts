import { describe, expect, it } from "vitest";
import { runNura } from "../testing/run-nura.ts";

describe("nura programme", () => {
  it("lists the programmes with their length and the study dose each follows", async () => {
    const { code, out, err } = await runNura("programme", "list");
    expect([code, err]).toEqual([0, ""]);
    expect(out.split("\n").slice(0, 6)).toEqual([
      "Programmes",
      "",
      "id     name               days  what it is",
      "start  Start: two weeks   14    Three minutes a day with your hands for two weeks.",
      "habit  Habit: five weeks  35    Two weeks of learning, then five minutes a day with evening drainage, for five weeks.",
      "deep   Deep: eight weeks  56    Learn, build, then ten minutes five days a week, for eight weeks.",
    ]);
    expect(out).toContain(
      "  start: The dose of one small study of hand self-massage (Flament 2023",
    );
  });

  it("lists them as JSON", async () => {
    const { code, out } = await runNura("programme", "list", "--json");
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; days: number; checkInDays: number[] }[];
    expect(list.map((p) => [p.id, p.days, p.checkInDays])).toEqual([
      ["start", 14, [1, 14]],
      ["habit", 35, [1, 14, 35]],
      ["deep", 56, [1, 14, 35, 56]],
    ]);
  });

  it("shows each day from the start date: date, minutes, focus, tools, rest, check-in", async () => {
    const { code, out } = await runNura("programme", "show", "habit", "--start", "2026-03-02");
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("Habit: five weeks, 2026-03-02 to 2026-04-05 (35 days)");
    const row = (day: number) => lines.find((l) => l.startsWith(`${day} `))?.replace(/ +/g, " ");
    expect(row(1)).toBe("1 2026-03-02 3 Eyes and drainage - - check-in and photo");
    expect(row(16)).toBe("16 2026-03-17 5 + 7 evening Eyes and drainage evening -");
    expect(row(18)).toBe("18 2026-03-19 - - - rest");
    expect(row(35)).toBe(
      "35 2026-04-05 5 + 7 evening Jaw and temples evening - check-in and photo",
    );
    expect(lines.filter((l) => /^\d+ /.test(l))).toHaveLength(35);
  });

  it("shows the days as JSON", async () => {
    const { code, out } = await runNura(
      "programme",
      "show",
      "deep",
      "--start",
      "2026-01-05",
      "--json",
    );
    expect(code).toBe(0);
    const shown = JSON.parse(out);
    expect([shown.programme.id, shown.start, shown.days.length]).toEqual([
      "deep",
      "2026-01-05",
      56,
    ]);
    expect(shown.days[37]).toEqual({
      day: 38,
      stage: "extend",
      rest: true,
      checkIn: false,
      date: "2026-02-11",
    });
    expect(shown.days[55]).toMatchObject({
      day: 56,
      date: "2026-03-01",
      checkIn: true,
      main: { minutes: 10, tools: true },
    });
  });

  it.each([
    [[], "Usage: nura programme list"],
    [
      ["show", "habit"],
      "nura programme: --start must be a real date written yyyy-MM-dd; got none\n",
    ],
    [
      ["show", "habit", "--start", "2026-02-30"],
      'nura programme: --start must be a real date written yyyy-MM-dd; got "2026-02-30"\n',
    ],
    [
      ["show", "forever", "--start", "2026-03-01"],
      'nura programme: show needs a programme id, one of start, habit, deep; got "forever"\n',
    ],
    [["show"], "nura programme: show needs a programme id, one of start, habit, deep; got none\n"],
    [["start", "habit"], 'nura programme: unknown sub-command "start"; use list or show\n'],
    [["list", "habit"], 'nura programme: list takes no argument; got "habit"\n'],
    [
      ["show", "habit", "extra", "--start", "2026-03-01"],
      'nura programme: unexpected argument "extra"\n',
    ],
    [["list", "--bogus"], "nura programme: Unknown option '--bogus'"],
  ])("exits 2 for %j", async (argv, message) => {
    const { code, out, err } = await runNura("programme", ...argv);
    expect([code, out]).toEqual([2, ""]);
    expect(err.startsWith(message)).toBe(true);
  });

  it("prints the days in German with --lang de", async () => {
    const { code, out, err } = await runNura(
      "programme",
      "show",
      "habit",
      "--start",
      "2026-03-02",
      "--lang",
      "de",
    );
    expect([code, err]).toEqual([0, ""]);
    const lines = out.split("\n");
    expect(lines[0]).toBe("Gewohnheit: fünf Wochen, 2026-03-02 bis 2026-04-05 (35 Tage)");
    expect(lines[3]).toBe("Phasen:");
    expect(lines[4]?.startsWith("  Lernen, Tage 1-14: Drei Minuten am Tag mit den Händen")).toBe(
      true,
    );
    const row = (day: number) => lines.find((l) => l.startsWith(`${day} `))?.replace(/ +/g, " ");
    expect(lines[7]?.replace(/ +/g, " ")).toBe("Tag Datum Minuten Schwerpunkt Tools Ruhe Check-in");
    expect(row(1)).toBe("1 2026-03-02 3 Augen und Drainage - - Check-in und Foto");
    expect(row(16)).toBe("16 2026-03-17 5 + 7 abends Augen und Drainage abends -");
    expect(row(18)).toBe("18 2026-03-19 - - - Ruhetag");
  });

  it("lists the programmes in Spanish with --lang es", async () => {
    const { code, out, err } = await runNura("programme", "list", "--lang", "es");
    expect([code, err]).toEqual([0, ""]);
    expect(out.split("\n").slice(0, 4)).toEqual([
      "Programas",
      "",
      "id     nombre                 días  en qué consiste",
      "start  Inicio: dos semanas    14    Tres minutos al día con las manos durante dos semanas.",
    ]);
    expect(out).toContain('Ejecuta "nura programme show ID --start AAAA-MM-DD" para ver sus días.');
  });

  it("refuses a language it does not speak, naming the ones it does", async () => {
    const { code, out, err } = await runNura("programme", "list", "--lang", "fr");
    expect([code, out]).toEqual([2, ""]);
    expect(err).toBe('nura programme: --lang must be one of en, es, de; got "fr"\n');
  });

  it("--help explains both commands", async () => {
    const { code, out } = await runNura("programme", "--help");
    expect(code).toBe(0);
    for (const word of ["list", "show ID", "--start", "--json", "--lang L", "start, habit, deep"])
      expect(out).toContain(word);
  });

  it("is listed by nura --help", async () => {
    expect((await runNura("--help")).out).toContain("programme");
  });
});
