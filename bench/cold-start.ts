import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Bench, type Figure, median } from "./support/figure.ts";
import { freePort, rssBytes, startProcess, stopProcess, waitFor200 } from "./support/processes.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const runs = 7;

interface Sample {
  readonly coldMs: number;
  readonly rss: number;
}

async function sample(args: readonly string[], withData: boolean): Promise<Sample> {
  const port = await freePort();
  const dataDir = withData ? mkdtempSync(join(tmpdir(), "nura-bench-")) : "";
  const { child, startedAt } = startProcess(process.execPath, args, {
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    ...(withData ? { NURA_DATA_DIR: dataDir } : {}),
  });
  try {
    const coldMs = await waitFor200(`http://127.0.0.1:${port}/healthz`, startedAt);
    await new Promise((r) => setTimeout(r, 1000));
    const rss = rssBytes(child.pid as number);
    return { coldMs, rss };
  } finally {
    await stopProcess(child);
    if (withData) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function series(args: readonly string[], withData: boolean): Promise<Sample[]> {
  const out: Sample[] = [];
  for (let i = 0; i < runs; i++) out.push(await sample(args, withData));
  return out;
}

/** Spawn-to-exit time of a short command, in ms; throws unless it exits 0. */
function commandMs(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: "ignore" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return ms;
}

/** Cold start (spawn → first 200 from /healthz, fresh SQLite) and idle RSS, against bare node:http. */
export const coldStartBench: Bench = {
  name: "cold-start",
  async run(): Promise<Figure[]> {
    const bare = await series([join(root, "bench/fixtures/bare-http.mjs")], false);
    const nura = await series([join(root, "bin/nura.js"), "serve"], true);
    const bareCold = median(bare.map((s) => s.coldMs));
    const bareRss = median(bare.map((s) => s.rss)) / 2 ** 20;
    const plan = [
      join(root, "bin/nura.js"),
      "plan",
      "--slot",
      "am",
      "--minutes",
      "4",
      "--medium",
      "serum",
    ];
    const emptyNode = Array.from({ length: runs }, () => commandMs(["-e", ""]));
    const nuraPlan = Array.from({ length: runs }, () => commandMs(plan));
    return [
      {
        name: "server cold start (median of 7)",
        value: median(nura.map((s) => s.coldMs)),
        unit: "ms",
        baseline: { name: "bare node:http", value: bareCold },
        note: "spawn to first 200 from /healthz, fresh SQLite file migrated at start",
      },
      {
        name: "server idle RSS (median of 7)",
        value: median(nura.map((s) => s.rss)) / 2 ** 20,
        unit: "MiB",
        baseline: { name: "bare node:http", value: bareRss },
        note: "resident memory 1 s after the first 200",
      },
      {
        name: "nura plan, spawn to exit (median of 7)",
        value: median(nuraPlan),
        unit: "ms",
        baseline: { name: "node -e ''", value: median(emptyNode) },
        note: "a 4-minute morning plan printed as a table; commands load only their own code",
      },
    ];
  },
};
