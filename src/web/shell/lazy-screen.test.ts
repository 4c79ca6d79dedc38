import { describe, expect, it, vi } from "vitest";
import { lazyScreen } from "./lazy-screen.tsx";

const Screen = () => null;

describe("lazyScreen's prefetch", () => {
  it("starts the code's download once, and the screen's load reuses it", async () => {
    const load = vi.fn(() => Promise.resolve(Screen));
    const screen = lazyScreen(load, "a screen", []);
    screen.prefetch();
    screen.prefetch();
    expect(load).toHaveBeenCalledTimes(1);
    await expect(screen.preload()).resolves.toBe(Screen);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("keeps no failed download: the screen's own load tries again", async () => {
    const load = vi
      .fn<() => Promise<typeof Screen>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(Screen);
    const screen = lazyScreen(load, "a screen", []);
    screen.prefetch();
    await new Promise((r) => setTimeout(r, 0));
    await expect(screen.preload()).resolves.toBe(Screen);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
