import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Bench, type Figure, median, quantile } from "./support/figure.ts";
import { freePort, startProcess, stopProcess, waitFor200 } from "./support/processes.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const probes = 1000;
const rounds = 5;
const hostileConnections = 4;

/** `probes` sequential GET /healthz over one keep-alive connection; latencies in ms. */
async function probeHealth(url: string): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < probes; i++) {
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const req = request(`${url}/healthz`, { agent }, (res) => {
        res.resume();
        res.on("end", () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`healthz ${res.statusCode}`)),
        );
      });
      req.on("error", reject);
      req.end();
    });
    times.push(performance.now() - t0);
  }
  agent.destroy();
  return times;
}

/** Runs `probe` while the hostile load runs in a process of its own; its times and the load's report. */
async function underHostileLoad(
  url: string,
  probe: () => Promise<number[]>,
): Promise<{ times: number[]; report: string }> {
  const loader = spawn(
    process.execPath,
    [join(root, "bench/fixtures/hostile-plan-load.mjs"), url, String(hostileConnections)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  // The attackers would be other machines: here the load shares two cores with the server
  // and the probe, so it runs at the lowest priority to take only what they leave.
  if (loader.pid !== undefined) setPriority(loader.pid, 19);
  let report = "";
  loader.stdout.on("data", (d: Buffer) => {
    report += d.toString();
  });
  const loaded = new Promise<void>((r) => loader.once("exit", () => r()));
  await new Promise((r) => setTimeout(r, 1000));
  const times = await probe();
  loader.kill("SIGINT");
  await loaded;
  return { times, report: report.trim() };
}

/**
 * What one client's hostile bodies cost everyone else: /healthz latency while four connections
 * send deeply nested bodies to the open planning endpoint (1 MiB, refused by its declared size;
 * 15 KiB, refused for its depth before parsing; both, once the address is past its limit,
 * refused by the limit, from memory and slowed), against the same probe with the server idle, in
 * the same run, alternating. The load runs in a process of its own.
 */
export const hostilePlanBench: Bench = {
  name: "hostile-plan",
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), "nura-bench-hostile-"));
    const port = await freePort();
    const { child, startedAt } = startProcess(
      process.execPath,
      [join(root, "bin/nura.js"), "serve"],
      {
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
        NURA_DATA_DIR: dir,
      },
    );
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitFor200(`${url}/healthz`, startedAt);
      await probeHealth(url); // warm-up
      const p99 = (t: number[]) => quantile(t, 0.99);
      const idle: number[] = [];
      const busy: number[] = [];
      const reports: string[] = [];
      // Idle and busy alternate, round by round, so whatever else the machine is doing weighs
      // on both alike; each side's figure is the median of its rounds' p99.
      for (let round = 0; round < rounds; round++) {
        idle.push(p99(await probeHealth(url)));
        const load = await underHostileLoad(url, () => probeHealth(url));
        busy.push(p99(load.times));
        reports.push(load.report);
      }
      const fixed = (n: number) => Number(n.toFixed(2));
      const ratios = busy.map((b, i) => (b / (idle[i] ?? b)).toFixed(2));
      return [
        {
          name: "/healthz p99 while 4 clients send hostile bodies to /api/plan",
          value: fixed(median(busy)),
          unit: "ms",
          baseline: { name: "/healthz p99 idle", value: fixed(median(idle)) },
          note: `target ≤ 2x; median of ${rounds} alternating rounds of ${probes} sequential probes (round ratios ${ratios.join(", ")}); the last load ${reports.at(-1) ?? "(no report)"}`,
        },
      ];
    } finally {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
