import { gzipSync } from "node:zlib";
import type { Response } from "playwright-core";
import { planSession } from "../src/core/planner/plan-session.ts";
import { translatorFor } from "../src/i18n/node-translator.ts";
import type { PendingSession } from "../src/web/player/handoff.ts";
import { buildTimeline } from "../src/web/player/timeline.ts";
import { startNura } from "../test/e2e/support/nura-server.ts";
import { openWithPending, startWith } from "../test/e2e/support/player-page.ts";
import { type ProbeLog, probeScript } from "./player-probe-script.ts";
import { type Bench, type Figure, median, quantile } from "./support/figure.ts";
import { type HiddenTabChromium, launchHiddenTabChromium } from "./support/hidden-tab-chromium.ts";

/** The plan length; NURA_BENCH_PLAYER_MINUTES shortens it when working on the bench itself. */
const MINUTES = Number(process.env.NURA_BENCH_PLAYER_MINUTES ?? 2);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function planOf(minutes: number): PendingSession {
  const result = planSession(
    { slot: "pm", minutes, medium: "serum", date: "2026-11-25" },
    translatorFor("en"),
  );
  if (!result.ok || result.plan.verdict === "stop")
    throw new Error("the planner refused a 2-minute plan");
  return {
    plan: result.plan,
    meta: { slot: "pm", title: "Evening massage", minutes, goals: [], adjustments: [] },
  };
}

/** Gzipped bytes of every script a fresh load of /session fetches, and of the player's own chunk. */
async function firstLoadJs(
  chrome: HiddenTabChromium,
  url: string,
): Promise<{ total: number; player: number; files: string }> {
  const page = await chrome.context.newPage();
  const sizes: { url: string; gz: number }[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (res: Response) => {
    if (res.request().resourceType() !== "script") return;
    pending.push(
      res.body().then((b) => void sizes.push({ url: res.url(), gz: gzipSync(b).length })),
    );
  };
  page.on("response", onResponse);
  await page.goto(`${url}/session`);
  await page.getByRole("heading", { name: "No session waiting" }).waitFor();
  // What arrives after the screen is drawn is not its first load, and its body could be asked
  // for after the page has closed.
  page.off("response", onResponse);
  await Promise.all(pending);
  await page.close();
  const total = sizes.reduce((s, x) => s + x.gz, 0);
  const player = sizes.filter((x) => isPlayerChunk(x.url)).reduce((s, x) => s + x.gz, 0);
  const files = sizes
    .sort((a, b) => b.gz - a.gz)
    .map((x) => `${new URL(x.url).pathname.split("/").pop()} ${(x.gz / 1024).toFixed(1)}`)
    .join(", ");
  return { total, player, files };
}

/**
 * Whether a script is one of the player's chunks: `session`, or `daily-session`, what it shares
 * with the other daily screens (see src/web/build/screen-chunks.ts), not a catalog.
 */
function isPlayerChunk(url: string): boolean {
  const name = /\/assets\/([a-z-]+)-[\w-]{8}\.js$/.exec(new URL(url).pathname)?.[1] ?? "";
  return name === "session" || name === "daily-session";
}

/** A stretch during which the page is frozen (no script at all runs), in ms after the start tap. */
interface Freeze {
  readonly afterMs: number;
  readonly forMs: number;
}

/**
 * Runs the plan in the first tab with another tab in front, optionally freezing the page for a
 * while the way a browser freezes a background tab; returns the page's probe log and, for a
 * freeze, the page's performance.now just after it was resumed.
 */
async function hiddenRun(
  chrome: HiddenTabChromium,
  url: string,
  pending: PendingSession,
  targets: number[],
  freeze?: Freeze,
) {
  const page = chrome.page;
  await page.bringToFront();
  await chrome.context.addInitScript(probeScript(targets));
  await openWithPending(page, url, pending);
  const visibleBefore = await page.evaluate(() => document.visibilityState);
  await startWith(page); // the plan has no product of the person's: the medium is chosen
  await chrome.openTabInFront();
  await sleep(500);
  const hiddenAfter = await page.evaluate(() => document.visibilityState);
  if (visibleBefore !== "visible" || hiddenAfter !== "hidden")
    throw new Error(`the tab did not go to the background (${visibleBefore} → ${hiddenAfter})`);
  let resumedPerf: number | null = null;
  if (freeze) {
    const cdp = await chrome.context.newCDPSession(page);
    await sleep(freeze.afterMs - 500);
    await cdp.send("Page.setWebLifecycleState", { state: "frozen" });
    await sleep(freeze.forMs);
    await cdp.send("Page.setWebLifecycleState", { state: "active" });
    resumedPerf = await page.evaluate(() => performance.now());
    await cdp.detach();
  }
  const totalMs = buildTimeline(pending.plan).totalMs;
  const deadline = Date.now() + totalMs + 60_000;
  for (;;) {
    await sleep(5000);
    const log = await page.evaluate(() => ({
      ...(globalThis as unknown as { __nuraProbeLog: ProbeLog }).__nuraProbeLog,
      now: performance.now(),
    }));
    // Stop 10 s after Nura's end: a ticking countdown in a hidden tab may be far from done.
    const end = log.entries.find((e) => e.type === "end");
    if (end && log.now - (end.perf as number) >= 10_000) return { ...log, resumedPerf };
    if (Date.now() > deadline) {
      const kinds = log.entries.map((e) => `${e.type}@${e.atMs ?? ""}:${e.vis}`).join(" ");
      throw new Error(
        `the session did not reach its end in time; probe log: ${kinds}; naive ${log.naive.length}`,
      );
    }
  }
}

/** Whole-second targets after the start: the ones a ticking countdown can hit at all. */
function targetsOf(pending: PendingSession): number[] {
  const events = buildTimeline(pending.plan).events;
  return [...new Set(events.map((e) => e.atMs))].filter((ms) => ms > 0 && ms % 1000 === 0);
}

const FREEZE: Freeze = { afterMs: 8_000, forMs: 20_000 };

/** A 1-minute plan frozen for 20 s while hidden: the error of the cues due after the resume. */
async function freezeFigure(chrome: HiddenTabChromium, url: string): Promise<Figure> {
  const pending = planOf(1);
  const targets = targetsOf(pending);
  const log = await hiddenRun(chrome, url, pending, targets, FREEZE);
  const r = errors(log, targets);
  const t0 = log.entries.find((e) => e.type === "start")?.perf as number;
  // Targets due at least a second after the page could run again; the ones inside the freeze
  // cannot be on time in any design, since no script runs while a page is frozen.
  const after = (log.resumedPerf as number) - t0 + 1000;
  const pick = (xs: readonly { err: number }[]) =>
    xs.filter((_, i) => (targets[i] as number) > after).map((x) => x.err);
  const nura = pick(r.nura);
  const naive = pick(r.naive);
  const inFreeze = targets.filter((t) => t <= after).length;
  const events = buildTimeline(pending.plan).events.length;
  const fired = log.entries.filter((e) => ["step", "cue", "end"].includes(e.type)).length;
  return {
    name: "player cue error p99 after a 20 s freeze",
    value: quantile(nura, 0.99),
    unit: "ms",
    baseline: { name: "naive setInterval countdown", value: quantile(naive, 0.99) },
    note: `1-minute plan, tab hidden and frozen (Page.setWebLifecycleState) 8–28 s after the start tap; ${nura.length} targets after the resume; the ${inFreeze} due before it fired on resume (Nura worst ${Math.max(...r.nura.map((x) => x.err)).toFixed(0)} ms late); ${fired} firings for ${events} timeline events; the countdown carries the freeze into every later cue`,
  };
}

/** Error of each target's first firing (ms after the target), with the visibility then. */
function errors(log: ProbeLog & { now: number }, targets: readonly number[]) {
  const start = log.entries.find((e) => e.type === "start");
  if (!start) throw new Error("no start in the probe log");
  const t0 = start.perf as number;
  const nura = targets.map((atMs) => {
    const e = log.entries.find((x) => ["step", "cue", "end"].includes(x.type) && x.atMs === atMs);
    if (!e) throw new Error(`Nura never fired the target at ${atMs} ms`);
    return { err: (e.perf as number) - (t0 + atMs), hidden: e.vis === "hidden" };
  });
  // A target the countdown had not reached by the end of the run counts with the error it had
  // then: a lower bound, since it would fire later still.
  const naive = targets.map((atMs) => {
    const n = log.naive.find((x) => x.atMs === atMs);
    return n
      ? { err: n.perf - (t0 + atMs), hidden: n.vis === "hidden", reached: true }
      : { err: log.now - (t0 + atMs), hidden: true, reached: false };
  });
  const chimes = log.entries.filter((e) => e.type === "chime");
  const a0 = start.audio as number;
  const chimeErr = chimes.map(
    (c) => Math.abs((c.when as number) - (a0 + (c.atMs as number) / 1000)) * 1000,
  );
  const lateChimes = chimes.filter((c) => (c.audioNow as number) > (c.when as number)).length;
  const delivery = log.entries.filter((e) => e.type === "wake").map((e) => e.deliveryMs as number);
  return { nura, naive, chimeErr, lateChimes, chimeCount: chimes.length, delivery };
}

/**
 * Issue 4's timing proof: a 2-minute plan played in a background tab of headless Chromium, each
 * step boundary and cue compared with its target on performance.now, against a naive
 * setInterval countdown run in the same page over the same targets; chimes checked on the
 * audio clock; then a 1-minute plan whose hidden page is frozen for 20 s and resumed; and the
 * JavaScript a first load of /session fetches.
 */
export const playerTimingBench: Bench = {
  name: "player-timing",
  async run(): Promise<Figure[]> {
    const server = await startNura();
    const chrome = await launchHiddenTabChromium();
    try {
      const js = await firstLoadJs(chrome, server.url);
      const pending = planOf(MINUTES);
      const targets = targetsOf(pending);
      const log = await hiddenRun(chrome, server.url, pending, targets);
      const r = errors(log, targets);
      const nuraErr = r.nura.map((x) => x.err);
      const naiveErr = r.naive.map((x) => x.err);
      const show = (xs: readonly number[]) => xs.map((x) => x.toFixed(1)).join(" ");
      process.stderr.write(
        `player-timing: targets ${targets.join(" ")}\n  Nura error ms: ${show(nuraErr)}\n  naive error ms: ${show(naiveErr)}\n`,
      );
      const unreached = r.naive.filter((x) => !x.reached).length;
      const hidden = `${r.nura.filter((x) => x.hidden).length}/${r.nura.length} Nura firings and ${r.naive.filter((x) => x.hidden).length}/${r.naive.length} baseline firings with document.visibilityState "hidden"; the baseline had not reached ${unreached} targets 10 s after the plan's end (counted with their error then, a lower bound)`;
      const frozen = await freezeFigure(chrome, server.url);
      return [
        {
          name: "player cue error p50, tab hidden",
          value: median(nuraErr),
          unit: "ms",
          baseline: { name: "naive setInterval countdown", value: median(naiveErr) },
          note: `${targets.length} targets (step boundaries and cues) of a ${MINUTES}-minute plan; ${hidden}`,
        },
        {
          name: "player cue error p99, tab hidden",
          value: quantile(nuraErr, 0.99),
          unit: "ms",
          baseline: { name: "naive setInterval countdown", value: quantile(naiveErr, 0.99) },
          note: `target ≤ 20 ms; worst Nura ${Math.max(...nuraErr).toFixed(1)} ms, worst baseline ${Math.max(...naiveErr).toFixed(1)} ms; worker wake-up to page delivery: median ${median(r.delivery).toFixed(1)} ms, worst ${Math.max(...r.delivery).toFixed(1)} ms over ${r.delivery.length}`,
        },
        {
          name: "player chime error p99 (audio clock)",
          value: quantile(r.chimeErr, 0.99),
          unit: "ms",
          note: `${r.chimeCount} chimes committed to AudioContext time ahead; ${r.lateChimes} scheduled after their time`,
        },
        {
          name: "player route JS, first load (gzip)",
          value: js.total / 1024,
          unit: "KiB",
          note: `target ≤ 60 KiB; of which the lazily loaded player chunks ${(js.player / 1024).toFixed(1)} KiB, the rest the app shell every route loads (KiB: ${js.files})`,
        },
        frozen,
      ];
    } finally {
      await chrome.close();
      await server.stop();
    }
  },
};
