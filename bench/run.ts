import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benches } from "./index.ts";
import { type Figure, ratioOf } from "./support/figure.ts";
import { renderTable } from "./support/table.ts";

const { positionals } = parseArgs({ allowPositionals: true });
const chosen = positionals.length ? benches.filter((b) => positionals.includes(b.name)) : benches;
if (chosen.length === 0) {
  console.error(
    `No bench named ${positionals.join(", ")}; known: ${benches.map((b) => b.name).join(", ")}`,
  );
  process.exit(2);
}

const figures: Figure[] = [];
for (const bench of chosen) {
  process.stderr.write(`running ${bench.name}…\n`);
  figures.push(...(await bench.run()));
}

console.log(renderTable(figures));
const results = figures.map((f) => ({ ...f, ratio: ratioOf(f) }));
const out = fileURLToPath(new URL("./results.json", import.meta.url));
writeFileSync(
  out,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, figures: results }, null, 2)}\n`,
);
process.stderr.write("wrote bench/results.json\n");
