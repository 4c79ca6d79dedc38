import { describe, expect, it } from "vitest";
import { failureText } from "./failure-text.ts";

describe("failure words", () => {
  it("says a full storage is full", () => {
    expect(failureText(new DOMException("Quota exceeded", "QuotaExceededError"))).toBe(
      "this device's storage is full. Free some space (old photos take the most) and try again.",
    );
  });

  it("says storage refused a write, whatever IndexedDB called it", () => {
    for (const name of ["AbortError", "UnknownError", "InvalidStateError"]) {
      expect(failureText(new DOMException("x", name))).toBe(
        "this browser's storage refused it. Private browsing or a storage setting can cause this; try again.",
      );
    }
  });

  it("says a download failed when a screen's code could not be fetched", () => {
    const err = new TypeError("Failed to fetch dynamically imported module: /assets/x.js");
    expect(failureText(err)).toBe(
      "a part of the app could not be downloaded. Check your connection and try again.",
    );
  });

  it("says a permission was refused", () => {
    expect(failureText(new DOMException("denied", "NotAllowedError"))).toBe(
      "the browser did not allow it. Check this site's permissions and try again.",
    );
  });

  it("falls back to a sentence that still says what to do", () => {
    expect(failureText("boom")).toBe(
      "something went wrong on this device. Try again; if it keeps failing, reload the page.",
    );
    expect(failureText(new RangeError("Invalid time value"))).toBe(
      "something went wrong on this device. Try again; if it keeps failing, reload the page.",
    );
  });
});
