import { useEffect } from "preact/hooks";
import { currentPath } from "../router.ts";
import { matchRoute } from "../routes.ts";
import { mainNav } from "./main-nav.ts";
import { NotFound } from "./not-found.tsx";

/** The frame around every screen: skip link, header with navigation, and the current screen. */
export function AppShell() {
  const path = currentPath.value;
  const route = matchRoute(path);
  const Screen = route?.screen ?? NotFound;
  useEffect(() => {
    document.title = route && route.path !== "/" ? `${route.title} · Nura` : "Nura";
  }, [route]);
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
                <a href={n.href} aria-current={route?.path === n.href ? "page" : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Screen path={path} />
      </main>
    </>
  );
}
