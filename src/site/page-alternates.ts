import type { Locale } from "../core/i18n/locales.ts";
import { appPath, localePath } from "../web/i18n/locale-path.ts";
import type { PageAlternate } from "./learn-pages.tsx";

/**
 * The versions of a page in each language it is written in, for `hreflang` links: the same app
 * path under each language's prefix, and `x-default` for a reader whose language is none of
 * them. Addresses are root-relative: the build does not know the origin it is served from.
 */
export function languageAlternates(
  path: string,
  written: readonly Locale[],
  fallback: Locale,
): PageAlternate[] {
  const app = appPath(path);
  return [
    ...written.map((l) => ({ hreflang: l, href: localePath(l, app) })),
    { hreflang: "x-default" as const, href: localePath(fallback, app) },
  ];
}
