/**
 * Hybrid logical clock stamps: wall-clock milliseconds, a counter for events within the same
 * millisecond (or when the wall clock runs behind a stamp already seen), and the device id that
 * breaks ties. Written as fixed-width text so that comparing two stamps as strings compares
 * them in time: "0001764000000000-0000-deviceA".
 */
export interface HlcState {
  readonly ms: number;
  readonly counter: number;
  readonly device: string;
}

const msWidth = 16;
const counterWidth = 4;
const maxCounter = 10 ** counterWidth - 1;

/** Formats a clock state as a sortable stamp. */
export function formatHlc(s: HlcState): string {
  return `${String(s.ms).padStart(msWidth, "0")}-${String(s.counter).padStart(counterWidth, "0")}-${s.device}`;
}

/** Parses a stamp; null when it is not one. */
export function parseHlc(stamp: string): HlcState | null {
  const m = /^(\d{16})-(\d{4})-([A-Za-z0-9_-]{1,64})$/.exec(stamp);
  if (!m) return null;
  return { ms: Number(m[1]), counter: Number(m[2]), device: m[3] as string };
}

/**
 * How far ahead of a receiver's wall clock a stamp may claim to be. Clocks of phones and servers
 * drift by seconds, not minutes; a stamp further ahead would win every later edit and, once
 * observed, drag the receiver's own clock ahead with it, so it is refused instead.
 */
export const MAX_CLOCK_AHEAD_MS = 10 * 60 * 1000;

/** True when `stamp` is a clock stamp more than {@link MAX_CLOCK_AHEAD_MS} after `nowMs`. */
export function isTooFarAhead(stamp: string, nowMs: number): boolean {
  const parsed = parseHlc(stamp);
  return parsed !== null && parsed.ms > nowMs + MAX_CLOCK_AHEAD_MS;
}

/** The first state of a device's clock. */
export function initialHlc(device: string): HlcState {
  return { ms: 0, counter: 0, device };
}

/**
 * The next local stamp: later than everything this clock has issued or seen, even when the
 * wall clock stands still or steps back.
 */
export function tickHlc(prev: HlcState, nowMs: number): HlcState {
  if (nowMs > prev.ms) return { ms: nowMs, counter: 0, device: prev.device };
  if (prev.counter < maxCounter) return { ...prev, counter: prev.counter + 1 };
  return { ms: prev.ms + 1, counter: 0, device: prev.device };
}

/** Advances this clock past a stamp received from elsewhere, so later local stamps sort after it. */
export function observeHlc(prev: HlcState, remote: string, nowMs: number): HlcState {
  const r = parseHlc(remote);
  if (!r) return prev;
  const ms = Math.max(prev.ms, r.ms, nowMs);
  let counter = 0;
  if (ms === prev.ms && ms === r.ms) counter = Math.max(prev.counter, r.counter) + 1;
  else if (ms === prev.ms) counter = prev.counter + 1;
  else if (ms === r.ms) counter = r.counter + 1;
  if (counter > maxCounter) return { ms: ms + 1, counter: 0, device: prev.device };
  return { ms, counter, device: prev.device };
}
