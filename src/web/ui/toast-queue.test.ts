import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_TOASTS, TOAST_MS, TOAST_WITH_ACTION_MS, ToastQueue } from "./toast-queue.ts";

const messages = (q: ToastQueue) => q.items.value.map((t) => t.message);

describe("ToastQueue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("leaves after 5 s, and after 8 s when it carries a button", () => {
    const q = new ToastQueue();
    q.show({ message: "Saved" });
    q.show({ message: "Deleted", action: { label: "Undo", run: () => {} } });
    expect(TOAST_MS).toBe(5000);
    expect(TOAST_WITH_ACTION_MS).toBe(8000);
    vi.advanceTimersByTime(4999);
    expect(messages(q)).toEqual(["Saved", "Deleted"]);
    vi.advanceTimersByTime(1);
    expect(messages(q)).toEqual(["Deleted"]);
    vi.advanceTimersByTime(2999);
    expect(messages(q)).toEqual(["Deleted"]);
    vi.advanceTimersByTime(1);
    expect(messages(q)).toEqual([]);
  });

  it("stops the clock while held and runs on for what was left", () => {
    const q = new ToastQueue();
    q.show({ message: "Saved" });
    vi.advanceTimersByTime(3000);
    q.hold("hover");
    vi.advanceTimersByTime(60_000);
    expect(messages(q)).toEqual(["Saved"]);
    q.release("hover");
    vi.advanceTimersByTime(1999);
    expect(messages(q)).toEqual(["Saved"]);
    vi.advanceTimersByTime(1);
    expect(messages(q)).toEqual([]);
  });

  it("stays paused until every reason lets go, and a toast shown while held waits too", () => {
    const q = new ToastQueue();
    q.show({ message: "One" });
    q.hold("hover");
    q.hold("focus");
    q.show({ message: "Two" });
    q.release("hover");
    vi.advanceTimersByTime(10_000);
    expect(messages(q)).toEqual(["One", "Two"]);
    q.release("focus");
    vi.advanceTimersByTime(TOAST_MS);
    expect(messages(q)).toEqual([]);
  });

  it("ignores a release that was not held", () => {
    const q = new ToastQueue();
    q.show({ message: "One" });
    vi.advanceTimersByTime(4000);
    q.release("focus");
    vi.advanceTimersByTime(1000);
    expect(messages(q)).toEqual([]);
  });

  it("keeps the newest three, dropping the oldest", () => {
    const q = new ToastQueue();
    for (const m of ["a", "b", "c", "d"]) q.show({ message: m });
    expect(MAX_TOASTS).toBe(3);
    expect(messages(q)).toEqual(["b", "c", "d"]);
    vi.advanceTimersByTime(TOAST_MS);
    expect(messages(q)).toEqual([]);
  });

  it("dismisses at once, and a hold never outlives the last toast", () => {
    const q = new ToastQueue();
    const id = q.show({ message: "Deleted", action: { label: "Undo", run: () => {} } });
    q.hold("focus");
    q.dismiss(id);
    expect(messages(q)).toEqual([]);
    q.show({ message: "Next" });
    vi.advanceTimersByTime(TOAST_MS);
    expect(messages(q)).toEqual([]);
  });

  it("keeps a toast with an infinite duration until dismissed", () => {
    const q = new ToastQueue();
    const id = q.show({ message: "Could not sync", tone: "error", duration: Infinity });
    vi.advanceTimersByTime(3_600_000);
    expect(q.items.value).toMatchObject([{ id, tone: "error", message: "Could not sync" }]);
    q.dismiss(id);
    expect(messages(q)).toEqual([]);
  });
});
