import { describe, expect, it } from "vitest";
import { Action } from "./action.ts";

describe("an action", () => {
  it("runs its work once for two starts while the first is under way (a double tap)", async () => {
    const saved: string[] = [];
    let release = () => {};
    const action = new Action("save your check-in", async (id: string) => {
      await new Promise<void>((r) => {
        release = r;
      });
      saved.push(id);
    });
    const first = action.attempt("a");
    const second = action.attempt("a");
    expect(action.busy.value).toBe(true);
    await Promise.resolve();
    release();
    expect([await first, await second]).toEqual([true, false]);
    expect(saved).toEqual(["a"]);
    expect(action.busy.value).toBe(false);
  });

  it("turns a failure into words and a retry of the same call, and never rejects", async () => {
    const calls: number[] = [];
    let failing = true;
    const action = new Action("save your answers", async (n: number) => {
      calls.push(n);
      if (failing) throw new DOMException("full", "QuotaExceededError");
    });
    expect(await action.attempt(7)).toBe(false);
    expect(action.problem.value?.message).toBe(
      "Could not save your answers: this device's storage is full. Free some space (old photos take the most) and try again.",
    );
    failing = false;
    action.problem.value?.retry();
    await Promise.resolve();
    expect(action.busy.value).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([7, 7]);
    expect(action.problem.value).toBeNull();
  });

  it("with `latest`, runs the newest start made during a run once that run ends", async () => {
    const saved: number[] = [];
    let release = () => {};
    const action = new Action(
      "save your settings",
      async (n: number) => {
        if (n === 1)
          await new Promise<void>((r) => {
            release = r;
          });
        saved.push(n);
      },
      { latest: true },
    );
    const first = action.attempt(1);
    action.run(2);
    action.run(3);
    await Promise.resolve();
    release();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toEqual([1, 3]);
    expect(action.busy.value).toBe(false);
  });

  it("catches work that throws before its first await", async () => {
    const action = new Action("export", () => {
      throw new Error("sync throw");
    });
    expect(await action.attempt()).toBe(false);
    expect(action.problem.value?.message).toBe(
      "Could not export: something went wrong on this device. Try again; if it keeps failing, reload the page.",
    );
  });
});
