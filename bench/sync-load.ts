import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freshDatabase } from "../test/e2e/support/pg-database.ts";
import { type Bench, type Figure, median, quantile } from "./support/figure.ts";
import { type LoadResult, load } from "./support/load.ts";
import { freePort, startProcess, stopProcess, waitFor200 } from "./support/processes.ts";
import { benchPassword, benchRecord, seed } from "./sync-seed.ts";
import { storeAlone } from "./sync-store-alone.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const users = 100;
const pullSize = 100;
const pushSize = 20;
const connections = 50;
const seconds = 5;
const logins = 40;

interface Server {
  readonly url: string;
  stop(): Promise<void>;
}

async function startServer(args: readonly string[], env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const { child, startedAt } = startProcess(process.execPath, args, {
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor200(`${url}/healthz`, startedAt);
  return { url, stop: () => stopProcess(child) };
}

function pullLoad(url: string, cookies: readonly string[]): Promise<LoadResult> {
  let i = 0;
  return load(
    url,
    {
      method: "GET",
      path: `/api/sync/pull?after=0&limit=${pullSize}`,
      setup: (req) => ({
        ...req,
        headers: { ...req.headers, cookie: cookies[i++ % cookies.length] as string },
      }),
    },
    connections,
    seconds,
  );
}

function pushLoad(url: string, cookies: readonly string[]): Promise<LoadResult> {
  let i = 0;
  let clock = 1_000_000;
  return load(
    url,
    {
      method: "POST",
      path: "/api/sync/push",
      headers: { "content-type": "application/json", origin: url },
      setup: (req) => {
        const u = i++ % cookies.length;
        clock += 1;
        // Each push rewrites 20 routines of its account with newer stamps: 20 real row updates.
        const records = Array.from({ length: pushSize }, (_, n) =>
          benchRecord(u, 5000 + n, clock, "routine"),
        );
        return {
          ...req,
          headers: { ...req.headers, cookie: cookies[u] as string },
          body: JSON.stringify({ deviceId: "bench", records }),
        };
      },
    },
    connections,
    seconds,
  );
}

/** Signs in `logins` distinct accounts, four at a time; per-request latencies in ms. */
async function loginTimes(url: string, emails: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < logins) {
      const email = emails[next++ % emails.length];
      const t = performance.now();
      const res = await fetch(`${url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: url },
        body: JSON.stringify({ email, password: benchPassword }),
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`login answered ${res.status}`);
      times.push(performance.now() - t);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return times;
}

function figures(db: string, what: string, r: LoadResult, bare: LoadResult): Figure[] {
  return [
    {
      name: `sync ${what}, ${db}: requests/s`,
      value: r.rps,
      unit: "req/s",
      baseline: { name: "bare node:http", value: bare.rps },
      note: `${connections} connections, ${users} users, ${seconds} s after 1 s of warm-up; target ≥ 0.25x bare on SQLite; ${r.errors} errors, ${r.non2xx} non-2xx of ${r.total}`,
    },
    {
      name: `sync ${what}, ${db}: p99 latency`,
      value: r.p99Ms,
      unit: "ms",
      baseline: { name: "bare node:http", value: bare.p99Ms },
      note: "target ≤ 50 ms",
    },
  ];
}

async function measureDb(
  db: string,
  env: Record<string, string>,
  opts: Parameters<typeof seed>[0],
  bare: LoadResult,
): Promise<Figure[]> {
  const seeded = await seed(opts, users, pullSize);
  const alone = db === "SQLite" ? await storeAlone(opts, pullSize, pushSize) : undefined;
  const server = await startServer([join(root, "bin/nura.js"), "serve"], env);
  try {
    const pull = await pullLoad(server.url, seeded.cookies);
    const push = await pushLoad(server.url, seeded.cookies);
    const out = [
      ...figures(db, `pull ${pullSize}`, pull, bare),
      ...figures(db, `push ${pushSize}`, push, bare),
    ];
    if (alone) {
      // The whole-request budget the target allows, next to what the database work alone takes.
      const budgetUs = 1e6 / (0.25 * bare.rps);
      for (const [what, r] of [
        [`pull ${pullSize}`, alone.pull],
        [`push ${pushSize}`, alone.push],
      ] as const) {
        out.push({
          name: `store alone (no HTTP), ${what}, SQLite: operations/s`,
          value: r.perSecond,
          unit: "op/s",
          baseline: { name: "bare node:http", value: bare.rps },
          note: `one thread, back to back; ${r.meanUs.toFixed(0)} µs each, against the ${budgetUs.toFixed(0)} µs a whole request may take at 0.25x bare`,
        });
      }
    }
    if (db === "SQLite") {
      const times = await loginTimes(server.url, seeded.emails);
      out.push({
        name: "login (argon2id), SQLite: median latency",
        value: median(times),
        unit: "ms",
        note: `${logins} sign-ins, 4 at a time; slow on purpose (m=19 MiB, t=2); p99 ${quantile(times, 0.99).toFixed(1)} ms; the per-address limit caps a single client at 50 per 15 min`,
      });
    }
    return out;
  } finally {
    await server.stop();
  }
}

/** A bare node:http server under the same load as the API (a GET of `/`). */
async function bareLoad(env: Record<string, string>): Promise<LoadResult> {
  const server = await startServer([join(root, "bench/fixtures/bare-http.mjs")], env);
  return load(server.url, { method: "GET", path: "/" }, connections, seconds).finally(() =>
    server.stop(),
  );
}

/** Sync push and pull under autocannon on SQLite and PostgreSQL, against bare node:http. */
export const syncLoadBench: Bench = {
  name: "sync-load",
  async run(): Promise<Figure[]> {
    const bare = await bareLoad({});
    const note = `p99 ${bare.p99Ms} ms; load average ${loadavg()[0]?.toFixed(1)} after the bare run (other work on the machine skews every figure)`;
    // Not a target: what sending an answer the size of a pull page costs with no work at all.
    const pullBytes = JSON.stringify({
      records: Array.from({ length: pullSize }, (_, n) => benchRecord(0, n, 1000 + n)),
      cursor: pullSize,
      more: false,
    }).length;
    const bareBig = await bareLoad({ BARE_BODY_BYTES: String(pullBytes) });
    const out: Figure[] = [
      { name: "bare node:http hello-world: requests/s", value: bare.rps, unit: "req/s", note },
      {
        name: `bare node:http, a fixed ${(pullBytes / 1024).toFixed(1)} KiB answer: requests/s`,
        value: bareBig.rps,
        unit: "req/s",
        baseline: { name: "bare node:http", value: bare.rps },
        note: `the size of a pull of ${pullSize}, sent with no work at all; p99 ${bareBig.p99Ms} ms`,
      },
    ];
    const dir = mkdtempSync(join(tmpdir(), "nura-bench-sync-"));
    try {
      out.push(...(await measureDb("SQLite", { NURA_DATA_DIR: dir }, { dataDir: dir }, bare)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const pgUrl = process.env.NURA_BENCH_PG_URL ?? process.env.NURA_TEST_PG_URL;
    if (!pgUrl) {
      process.stderr.write("sync-load: PostgreSQL skipped (set NURA_TEST_PG_URL)\n");
      return out;
    }
    const pg = await freshDatabase(pgUrl);
    try {
      out.push(
        ...(await measureDb("PostgreSQL", { DATABASE_URL: pg.url }, { databaseUrl: pg.url }, bare)),
      );
    } finally {
      await pg.drop();
    }
    return out;
  },
};
