import { afterEach, describe, expect, it, vi } from "vitest";
import { warmIntl } from "./warm-intl.ts";

describe("warmIntl", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("starts the browser's date formatting in a task of its own, not in the caller's", () => {
    vi.useFakeTimers();
    const made = vi.spyOn(Intl, "DateTimeFormat");
    warmIntl();
    // Nothing yet: the caller's task (the app's start) stays as short as it was.
    expect(made).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(made).toHaveBeenCalledTimes(1);
  });
});
