import type { ComponentChildren } from "preact";
import { mainNav } from "./main-nav.ts";

/**
 * The frame around every screen: skip link, header with the main navigation, and `main`. The app
 * shell draws it around the current route, and the site generator around the Learn pages it
 * pre-renders, so a pre-rendered page is the same markup the app hydrates.
 */
export function ShellFrame(props: {
  /** The current route's path, to mark its navigation link. */
  readonly current: string | undefined;
  /** No header and no navigation: the screen is all there is (the running session). */
  readonly bare?: boolean;
  readonly children: ComponentChildren;
}) {
  if (props.bare)
    return (
      <main id="main" class="bare" tabIndex={-1}>
        {props.children}
      </main>
    );
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="app-header">
        <a class="brand" href="/" aria-label="Nura home">
          Nura
        </a>
        <nav aria-label="Main">
          <ul>
            {mainNav.map((n) => (
              <li key={n.href}>
                <a href={n.href} aria-current={props.current === n.href ? "page" : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
