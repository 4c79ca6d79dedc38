import { describe, expect, it, vi } from "vitest";
import { focusReturn } from "./focus-return.ts";

const element = (isConnected = true) => ({ focus: vi.fn(), isConnected });

describe("focusReturn", () => {
  it("gives focus back to what had it when the sheet opened, once", () => {
    const opener = element();
    const doc = { activeElement: opener as unknown };
    const memory = focusReturn(doc);
    doc.activeElement = element(); // focus moved into the sheet
    memory.restore();
    memory.restore();
    expect(opener.focus).toHaveBeenCalledTimes(1);
    expect(opener.focus).toHaveBeenCalledWith({ preventScroll: true });
  });

  it("falls back when the opener left the page, or nothing had focus", () => {
    const fallback = element();
    focusReturn({ activeElement: element(false) }).restore(fallback);
    focusReturn({ activeElement: null }).restore(fallback);
    expect(fallback.focus).toHaveBeenCalledTimes(2);
    // No fallback: nothing to do, and no error.
    expect(() => focusReturn({ activeElement: null }).restore()).not.toThrow();
  });
});
