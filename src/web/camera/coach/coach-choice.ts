import { type Signal, signal } from "@preact/signals";

/** The part of `localStorage` kept here; tests pass an in-memory one. */
export interface ChoiceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = "nura.coach-camera";

/** The browser's localStorage, or null where the browser refuses it (some privacy settings). */
function browserStorage(): ChoiceStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Whether the person chose to be coached with the camera: off until they turn it on, and kept on
 * this device only (it never syncs). Where storage is refused the choice lasts for the page.
 */
export function coachChoice(storage: ChoiceStorage | null = browserStorage()) {
  const on: Signal<boolean> = signal(storage?.getItem(KEY) === "on");
  return {
    on,
    /** Turns coaching on or off and remembers it. */
    choose(value: boolean): void {
      on.value = value;
      try {
        if (value) storage?.setItem(KEY, "on");
        else storage?.removeItem(KEY);
      } catch {
        // A full or refused storage: the choice holds for this page, which is what matters now.
      }
    },
  };
}

/** This page's choice. */
export const coaching = coachChoice();
