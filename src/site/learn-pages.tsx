import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { DEFAULT_LOCALE, type Locale } from "../core/i18n/locales.ts";
import { translatorFor } from "../i18n/node-translator.ts";
import { setTranslator, t } from "../web/i18n/language.ts";
import { localePath } from "../web/i18n/locale-path.ts";
import type { GuideEntry } from "../web/learn/guide-types.ts";
import { GuidesScreen } from "../web/learn/guides-screen.tsx";
import { LearnHub } from "../web/learn/learn-hub.tsx";
import { provideGuides } from "../web/learn/use-guides.ts";
import { setPageLocale } from "../web/router.ts";
import { ShellFrame } from "../web/shell/shell-frame.tsx";

/** One page the build pre-renders: its address, title, description and the app's markup. */
export interface LearnPage {
  readonly path: string;
  readonly title: string;
  readonly description: string;
  /** What the app renders into `#app` at this address, for it to hydrate. */
  readonly html: string;
  /** The page's language, for `<html lang>` (the template's own when absent). */
  readonly locale?: Locale;
  /** The same page in each language it is written in, `x-default` the English one. */
  readonly alternates?: readonly PageAlternate[];
}

/** A `<link rel="alternate" hreflang>` of a page. */
export interface PageAlternate {
  readonly hreflang: Locale | "x-default";
  readonly href: string;
}

/** The routes of the pages (learn/learn-routes.ts), to mark the navigation as the app does. */
const HUB_ROUTE = "/learn";
const GUIDES_ROUTE = "/learn/guides";

function page(
  locale: Locale,
  path: string,
  route: string,
  screen: VNode,
  title: string,
  description: string,
): LearnPage {
  const html = renderToString(<ShellFrame current={route}>{screen}</ShellFrame>);
  return { path: localePath(locale, path), title, description, html, locale };
}

const guidePage = (locale: Locale, path: string, title: string, description: string) =>
  page(locale, path, GUIDES_ROUTE, <GuidesScreen path={path} />, title, description);

/**
 * The Learn hub, the guide list and every guide in one language, rendered by the app's own screens in the
 * app's frame, under that language's address prefix (`/es/learn/guides/…`; none for English):
 * the markup a reader gets before any script runs, and the markup the app hydrates. Built by
 * the guides plugin as its own server-side bundle and called at the end of the app's build.
 */
export function renderLearnPages(guides: readonly GuideEntry[], locale: Locale): LearnPage[] {
  setTranslator(translatorFor(locale));
  setPageLocale(locale === DEFAULT_LOCALE ? undefined : locale);
  provideGuides(guides);
  return [
    page(
      locale,
      HUB_ROUTE,
      HUB_ROUTE,
      <LearnHub />,
      `${t("learn.hub.title")} · Nura`,
      t("learn.hub.intro"),
    ),
    guidePage(
      locale,
      GUIDES_ROUTE,
      `${t("learn.guides.title")} · Nura`,
      t("learn.guides.description"),
    ),
    ...guides.map((g) =>
      guidePage(locale, `${GUIDES_ROUTE}/${g.slug}`, `${g.title} · Nura`, g.summary),
    ),
  ];
}
