/**
 * The audio clock's time now, in seconds, read finely. `currentTime` moves in whole render
 * blocks (3 to 10 ms or more, depending on the output); the output timestamp pairs an audio time
 * with a performance.now instant, so the time in between can be interpolated. It is also the time
 * that is heard, so chimes laid out on it sound at their targets.
 */
export function audioNow(ctx: BaseAudioContext, perfNow: number = performance.now()): number {
  const live = ctx as Partial<AudioContext>;
  const ts = live.getOutputTimestamp?.();
  if (
    ts?.contextTime === undefined ||
    ts.performanceTime === undefined ||
    ts.performanceTime <= 0
  ) {
    return ctx.currentTime;
  }
  const t = ts.contextTime + (perfNow - ts.performanceTime) / 1000;
  // A timestamp far from currentTime (stalled or not yet started output) is not to be trusted.
  return Math.abs(t - ctx.currentTime) < 0.2 ? t : ctx.currentTime;
}
