/** The two sounds: a bell-like chime between steps and a soft tick to switch sides. */
export type ChimeKind = "chime" | "tick";

/**
 * Synthesizes one sound at audio time `when`, from oscillators only (no files to fetch).
 * Returns the nodes that make it, so a pause or a skip can cancel it before it sounds.
 */
export function playChime(
  ctx: BaseAudioContext,
  kind: ChimeKind,
  when: number,
  volume: number,
): AudioScheduledSourceNode[] {
  const partials =
    kind === "chime"
      ? [
          [660, 1],
          [990, 0.45],
          [1320, 0.2],
        ]
      : [[1400, 1]];
  const length = kind === "chime" ? 1.6 : 0.09;
  const peak = (kind === "chime" ? 0.35 : 0.18) * volume;
  const out: AudioScheduledSourceNode[] = [];
  for (const [freq, level] of partials as [number, number][]) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = kind === "chime" ? "sine" : "triangle";
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, when);
    gain.gain.exponentialRampToValueAtTime(Math.max(0.0002, peak * level), when + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, when + length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(when);
    osc.stop(when + length + 0.05);
    out.push(osc);
  }
  return out;
}
