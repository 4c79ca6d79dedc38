import { describe, expect, it } from "vitest";
import { EmptyState } from "./empty-state.tsx";
import { Sprout } from "./icons.ts";
import { renderForTest } from "./render-for-test.test-support.ts";

describe("EmptyState", () => {
  it("puts its title at the level asked, its line and its action under it", () => {
    const { html } = renderForTest(
      <EmptyState
        icon={Sprout}
        title="No sessions yet"
        headingLevel={3}
        action={<a href="/">Go</a>}
      >
        Your first one shows here.
      </EmptyState>,
    );
    expect(html).toContain('<h3 class="empty-state__title">No sessions yet</h3>');
    expect(html).toContain('<p class="empty-state__text">Your first one shows here.</p>');
    expect(html).toContain('<div class="empty-state__action"><a href="/">Go</a></div>');
  });

  it("is a level-2 heading unless told", () => {
    expect(renderForTest(<EmptyState icon={Sprout} title="Nothing" />).html).toContain(
      '<h2 class="empty-state__title">Nothing</h2>',
    );
  });
});
