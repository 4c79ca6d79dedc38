import { type Figure, ratioOf } from "./figure.ts";

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  return abs >= 1000 ? n.toFixed(0) : abs >= 10 ? n.toFixed(1) : n.toFixed(3).replace(/\.?0+$/, "");
}

/** Renders figures as one aligned table: name | value | unit | baseline | ratio. */
export function renderTable(figures: readonly Figure[]): string {
  const rows = [
    ["name", "value", "unit", "baseline", "ratio"],
    ...figures.map((f) => {
      const ratio = ratioOf(f);
      return [
        f.name,
        fmt(f.value),
        f.unit,
        f.baseline ? `${f.baseline.name} = ${fmt(f.baseline.value)}` : "-",
        ratio === null ? "-" : `${ratio.toFixed(2)}x`,
      ];
    }),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ");
  const rule = widths.map((w) => "-".repeat(w)).join("-|-");
  const [head, ...body] = rows;
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.name}: ${f.note}`);
  return [
    line(head ?? []),
    rule,
    ...body.map(line),
    ...(notes.length ? ["", "notes:", ...notes] : []),
  ].join("\n");
}
