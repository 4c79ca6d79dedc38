import { describe, expect, it } from "vitest";
import { type DetectorSource, detectorLoader } from "./detector-loader.ts";
import type { Detector } from "./landmark-detector.ts";

function fakeSource(failDownloads: number) {
  const calls = { downloads: 0, starts: 0, closed: 0 };
  let failures = failDownloads;
  const source: DetectorSource = {
    backend: () => "webgl",
    async download(_set, wasm, onProgress = () => {}) {
      calls.downloads++;
      expect(wasm).toBe("none");
      if (failures-- > 0) throw new Error("offline");
      onProgress({ loaded: 50, total: 100 });
      return 100;
    },
    async start(set, backend): Promise<Detector> {
      calls.starts++;
      return {
        set,
        backend,
        detect: async () => ({ face: undefined, hands: [] }),
        close: () => {
          calls.closed++;
        },
      };
    },
  };
  return { source, calls };
}

describe("detectorLoader", () => {
  it("downloads and starts a set once for everyone who asks, and reports each phase", async () => {
    const { source, calls } = fakeSource(0);
    const loader = detectorLoader(source);
    const phases: string[] = [];
    loader.state("face").subscribe((s) => phases.push(s.phase));
    const [a, b] = await Promise.all([loader.get("face"), loader.get("face")]);
    expect(a).toBe(b);
    expect(calls).toEqual({ downloads: 1, starts: 1, closed: 0 });
    expect(phases).toEqual(["idle", "downloading", "downloading", "starting", "ready"]);
    loader.release("face");
    await Promise.resolve();
    expect(calls.closed).toBe(1);
    expect(loader.state("face").value.phase).toBe("idle");
  });

  it("forgets a failed attempt, so asking again retries", async () => {
    const { source, calls } = fakeSource(1);
    const loader = detectorLoader(source);
    await expect(loader.get("face-and-hands")).rejects.toThrow("offline");
    expect(loader.state("face-and-hands").value).toEqual({ phase: "failed", message: "offline" });
    await loader.get("face-and-hands");
    expect(calls.downloads).toBe(2);
    expect(loader.state("face-and-hands").value.phase).toBe("ready");
  });
});
