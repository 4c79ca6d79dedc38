import { describe, expect, it } from "vitest";
import { ProgressBar } from "./progress-bar.tsx";
import { renderForTest } from "./render-for-test.test-support.ts";

describe("ProgressBar", () => {
  it("is a native progress named by its words, shown once", () => {
    const { html } = renderForTest(<ProgressBar value={2} max={5} label="Step 2 of 5" />);
    expect(html).toBe(
      '<div class="progress-bar"><span class="progress-bar__label" aria-hidden="true">Step 2 of 5</span><progress class="progress-bar__track" value="2" max="5" aria-label="Step 2 of 5"></progress></div>',
    );
  });

  it("can leave the words to screen readers", () => {
    const { html } = renderForTest(<ProgressBar value={1} max={4} label="Step 1 of 4" hideLabel />);
    expect(html).toBe(
      '<div class="progress-bar"><progress class="progress-bar__track" value="1" max="4" aria-label="Step 1 of 4"></progress></div>',
    );
  });
});
