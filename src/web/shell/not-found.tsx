import { usePageTitle } from "../learn/use-page-title.ts";
import { ButtonLink } from "../ui/button.tsx";
import { EmptyState } from "../ui/empty-state.tsx";
import { House, Leaf } from "../ui/icons.ts";

/** Shown for an address the app has no screen for (and a guide, technique or zone it lacks). */
export function NotFound() {
  usePageTitle("Page not found");
  return (
    <section class="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <EmptyState
        icon={Leaf}
        title="Nothing at this address"
        headingLevel={2}
        action={
          <ButtonLink href="/" icon={House}>
            Go to Today
          </ButtonLink>
        }
      >
        The page may have moved, or the link was cut short.
      </EmptyState>
    </section>
  );
}
