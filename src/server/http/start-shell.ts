import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { negotiateLocale } from "../../core/i18n/negotiate-locale.ts";
import { parseStartHint, START_COOKIE } from "../../core/setup/start-hint.ts";

/** The languages of an `Accept-Language` header, most wanted first; those refused (q=0) left out. */
export function acceptedLanguages(header: string | undefined): string[] {
  const ranked: { tag: string; q: number; at: number }[] = [];
  for (const [at, part] of (header ?? "").split(",").entries()) {
    const [tag = "", ...params] = part.split(";").map((p) => p.trim());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (tag === "" || tag === "*" || !Number.isFinite(q) || q <= 0) continue;
    ranked.push({ tag, q, at });
  }
  return ranked.sort((a, b) => b.q - a.q || a.at - b.at).map((r) => r.tag);
}

/**
 * The start page (`start/<locale>-<home>.html`, written by the build: see
 * `src/web/build/start-hints.ts`) for a request of `/`: the first screen and language the
 * device's `nura-start` cookie names, else the welcome (a first visit) in the first of the
 * browser's languages Nura speaks, as the app itself would choose them.
 */
export function startPagePath(c: Context): string {
  const hint = parseStartHint(getCookie(c, START_COOKIE));
  const locale = hint.locale ?? negotiateLocale(acceptedLanguages(c.req.header("accept-language")));
  return `/start/${locale}-${hint.home ?? "welcome"}.html`;
}
