import { renderToString } from "preact-render-to-string";
import { translatorFor } from "../i18n/node-translator.ts";
import { setTranslator } from "../web/i18n/language.ts";
import type { GuideEntry } from "../web/learn/guide-types.ts";
import { GuidesScreen } from "../web/learn/guides-screen.tsx";
import { provideGuides } from "../web/learn/use-guides.ts";
import { ShellFrame } from "../web/shell/shell-frame.tsx";

/** One page the build pre-renders: its address, title, description and the app's markup. */
export interface LearnPage {
  readonly path: string;
  readonly title: string;
  readonly description: string;
  /** What the app renders into `#app` at this address, for it to hydrate. */
  readonly html: string;
}

/** The route the guide pages belong to (learn/learn-routes.ts), to mark the navigation alike. */
const GUIDES_ROUTE = "/learn/guides";

function page(path: string, title: string, description: string): LearnPage {
  const html = renderToString(
    <ShellFrame current={GUIDES_ROUTE}>
      <GuidesScreen path={path} />
    </ShellFrame>,
  );
  return { path, title, description, html };
}

/**
 * The guide list and every guide, rendered by the app's own screens in the app's frame: the
 * markup a reader gets before any script runs, and the markup the app hydrates. Built by the
 * guides plugin as its own server-side bundle and called at the end of the app's build.
 */
export function renderLearnPages(guides: readonly GuideEntry[]): LearnPage[] {
  setTranslator(translatorFor("en"));
  provideGuides(guides);
  return [
    page(
      GUIDES_ROUTE,
      "Guides · Nura",
      "Guides to facial self-massage, skincare routines and the evidence behind each benefit.",
    ),
    ...guides.map((g) => page(`${GUIDES_ROUTE}/${g.slug}`, `${g.title} · Nura`, g.summary)),
  ];
}
