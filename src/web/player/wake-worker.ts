// A dedicated worker whose timers wake the player: browsers throttle a hidden page's own timers
// (to once a second, later once a minute) but not a worker's, and the message it posts back is
// not a timer task, so it reaches the page on time. Protocol: {id, delay} in (a negative delay
// cancels), {id, sentAt} back, sentAt in epoch ms so the page can see how long delivery took.
const scope = globalThis as unknown as {
  addEventListener(
    type: "message",
    fn: (e: MessageEvent<{ id: number; delay: number }>) => void,
  ): void;
  postMessage(message: { id: number; sentAt: number }): void;
};
let timer: ReturnType<typeof setTimeout> | undefined;
scope.addEventListener("message", (e) => {
  clearTimeout(timer);
  const { id, delay } = e.data;
  if (delay >= 0) {
    timer = setTimeout(
      () => scope.postMessage({ id, sentAt: performance.timeOrigin + performance.now() }),
      delay,
    );
  }
});
