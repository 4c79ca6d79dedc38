import { describe, expect, it, vi } from "vitest";
import { renderForTest } from "./render-for-test.test-support.ts";
import { ToastRegion } from "./toast.tsx";
import { ToastQueue } from "./toast-queue.ts";

describe("ToastRegion", () => {
  it("is a polite live region, present while empty so the first toast is heard", () => {
    const { html } = renderForTest(<ToastRegion queue={new ToastQueue()} />);
    expect(html).toBe(
      '<div class="toast-region" aria-live="polite" aria-relevant="additions"></div>',
    );
  });

  it("shows each toast with its action, which runs and dismisses", () => {
    const queue = new ToastQueue();
    const undo = vi.fn();
    queue.show({ message: "Photo deleted", tone: "success", action: { label: "Undo", run: undo } });
    queue.show({ message: "Could not save", tone: "error", duration: Infinity });
    const { html, find } = renderForTest(<ToastRegion queue={queue} />);
    expect(html).toContain('<div class="toast toast--success">');
    expect(html).toContain('<p class="toast__message">Could not save</p>');
    const action = find("button", (p) => String(p.class).includes("toast__action"));
    (action.props.onClick as (e: unknown) => void)({ preventDefault() {} });
    expect(undo).toHaveBeenCalledTimes(1);
    expect(queue.items.value.map((t) => t.message)).toEqual(["Could not save"]);
    const dismiss = find("button", (p) => p["aria-label"] === "Dismiss");
    expect(dismiss).toBeTruthy();
  });

  it("pauses on hover and focus through the queue", () => {
    const queue = new ToastQueue();
    const hold = vi.spyOn(queue, "hold");
    const release = vi.spyOn(queue, "release");
    const region = renderForTest(<ToastRegion queue={queue} />).find("div");
    (region.props.onPointerEnter as () => void)();
    (region.props.onFocusIn as () => void)();
    (region.props.onPointerLeave as () => void)();
    const inside = {};
    const currentTarget = { contains: (n: unknown) => n === inside };
    (region.props.onFocusOut as (e: unknown) => void)({ currentTarget, relatedTarget: inside });
    expect(release.mock.calls).toEqual([["hover"]]);
    (region.props.onFocusOut as (e: unknown) => void)({ currentTarget, relatedTarget: null });
    expect(hold.mock.calls).toEqual([["hover"], ["focus"]]);
    expect(release.mock.calls).toEqual([["hover"], ["focus"]]);
  });
});
