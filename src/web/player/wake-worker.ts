// A dedicated worker whose timers wake the player: browsers throttle a hidden page's own timers
// (to once a second, later once a minute) but not a worker's, and the message it posts back is
// not a timer task, so it reaches the page on time. Protocol: {id, delay} in, id back.
const scope = globalThis as unknown as {
  addEventListener(
    type: "message",
    fn: (e: MessageEvent<{ id: number; delay: number }>) => void,
  ): void;
  postMessage(message: number): void;
};
let timer: ReturnType<typeof setTimeout> | undefined;
scope.addEventListener("message", (e) => {
  clearTimeout(timer);
  if (e.data.delay >= 0) timer = setTimeout(() => scope.postMessage(e.data.id), e.data.delay);
});
