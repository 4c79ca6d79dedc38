import type { ComponentChildren } from "preact";
import { Icon } from "../ui/icon.tsx";
import { Sprout } from "../ui/icons.ts";
import { ToastRegion } from "../ui/toast.tsx";
import { isCurrent, mainNav } from "./main-nav.ts";
import "./shell.css";
import { t } from "../i18n/language.ts";

/**
 * The frame around every screen: skip link, the main navigation (a tab bar at the bottom of a
 * phone, a side bar on a wide screen), `main`, and the toasts. A "focus" screen (the player,
 * onboarding) is drawn without the navigation. The app shell draws it around the current route,
 * and the site generator around the Learn pages it pre-renders, so a pre-rendered page is the
 * same markup the app hydrates.
 */
export function ShellFrame(props: {
  /** The current route's path, to mark its navigation entry. */
  readonly current: string | undefined;
  readonly frame?: "focus" | undefined;
  readonly children: ComponentChildren;
}) {
  const focus = props.frame === "focus";
  return (
    <>
      <a class="skip-link" href="#main">
        {t("shell.skip-link")}
      </a>
      <div class={focus ? "shell shell--focus" : "shell shell--nav"}>
        {focus ? null : (
          <nav class="app-nav" aria-label={t("shell.nav.label")}>
            <a class="app-nav__brand" href="/" aria-label={t("shell.nav.home")}>
              <Icon icon={Sprout} size={26} />
              <span aria-hidden="true">Nura</span>
            </a>
            <ul class="app-nav__list">
              {mainNav.map((item) => (
                <li key={item.href} class={`app-nav__item app-nav__item--${item.place}`}>
                  <a
                    class="app-nav__link"
                    href={item.href}
                    aria-current={isCurrent(item, props.current) ? "page" : undefined}
                  >
                    <Icon icon={item.icon} size={24} />
                    <span class="app-nav__label">{item.label()}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="main" class="app-main" tabIndex={-1}>
          {props.children}
        </main>
      </div>
      <ToastRegion />
    </>
  );
}
