import { describe, expect, it } from "vitest";
import { type ChoiceStorage, coachChoice } from "./coach-choice.ts";

function memory(): ChoiceStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

describe("coachChoice", () => {
  it("is off by default, and a choice is kept for the next visit", () => {
    const storage = memory();
    const first = coachChoice(storage);
    expect(first.on.value).toBe(false);
    first.choose(true);
    expect(first.on.value).toBe(true);
    expect(coachChoice(storage).on.value).toBe(true);
    first.choose(false);
    expect(storage.items.size).toBe(0);
    expect(coachChoice(storage).on.value).toBe(false);
  });

  it("holds the choice for the page when storage refuses it", () => {
    const refusing: ChoiceStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {},
    };
    const choice = coachChoice(refusing);
    choice.choose(true);
    expect(choice.on.value).toBe(true);
    expect(coachChoice(null).on.value).toBe(false);
  });
});
