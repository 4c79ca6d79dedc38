import { describe, expect, it } from "vitest";
import { Card } from "./card.tsx";
import { renderForTest } from "./render-for-test.test-support.ts";

describe("Card", () => {
  it("is a raised div unless told otherwise", () => {
    expect(renderForTest(<Card>x</Card>).html).toBe('<div class="card card--raised">x</div>');
  });

  it("is the element asked for, in its tone", () => {
    expect(
      renderForTest(
        <Card as="li" tone="tinted" compact>
          x
        </Card>,
      ).html,
    ).toBe('<li class="card card--tinted card--compact">x</li>');
  });
});
