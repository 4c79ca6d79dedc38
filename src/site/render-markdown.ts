import { Marked, type Tokens } from "marked";
import type { Locale } from "../core/i18n/locales.ts";
import { translatorFor } from "../i18n/node-translator.ts";
import { localePath } from "../web/i18n/locale-path.ts";
import type { TocEntry } from "../web/learn/guide-types.ts";
import { claimBadgeHtml, escapeHtml, isClaimId } from "./claim-badge.ts";
import { slugify } from "./slugify.ts";

/** A guide body rendered to HTML, with what the checks and the page need from it. */
export interface RenderedMarkdown {
  readonly html: string;
  /** Every h2 and h3, with the id it carries. */
  readonly headings: readonly TocEntry[];
  /** Every link target, as written. */
  readonly links: readonly string[];
}

interface ClaimToken extends Tokens.Generic {
  readonly type: "claim";
  readonly id: string;
}

/**
 * Renders a guide's Markdown, written in `locale`: headings get ids (suffixed -2, -3 when
 * repeated), `[claim:<id>]` becomes the grade badge named in that language, the h1 is left to
 * the page (the title comes from front matter), links into the app lead to its pages in the same
 * language (`/learn/…` → `/es/learn/…`), and external links open in place with `rel="noopener"`.
 * `links` keeps every target as written, for the link check. Throws on an unknown claim id.
 */
export function renderMarkdown(markdown: string, locale: Locale = "en"): RenderedMarkdown {
  const t = translatorFor(locale);
  const headings: TocEntry[] = [];
  const links: string[] = [];
  const used = new Map<string, number>();
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    extensions: [
      {
        name: "claim",
        level: "inline",
        start: (src: string) => src.indexOf("[claim:"),
        tokenizer(src: string) {
          const m = /^\[claim:([a-z-]+)\]/.exec(src);
          return m ? { type: "claim", raw: m[0], id: m[1] ?? "" } : undefined;
        },
        renderer(token) {
          const id = (token as ClaimToken).id;
          if (!isClaimId(id)) throw new Error(`unknown claim marker [claim:${id}]`);
          return claimBadgeHtml(id, t);
        },
      },
    ],
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        const base = slugify(text) || "section";
        const seen = used.get(base) ?? 0;
        used.set(base, seen + 1);
        const id = seen === 0 ? base : `${base}-${seen + 1}`;
        if (depth === 2 || depth === 3)
          headings.push({ id, text: text.replace(/[*_`]/g, ""), depth });
        const level = Math.max(2, depth);
        return `<h${level} id="${id}">${inner}</h${level}>\n`;
      },
      link({ href, title, tokens }) {
        links.push(href);
        const inner = this.parser.parseInline(tokens);
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : "";
        const rel = /^https?:/.test(href) ? ` rel="noopener"` : "";
        const target = href.startsWith("/") ? localePath(locale, href) : href;
        return `<a href="${escapeHtml(target)}"${titleAttr}${rel}>${inner}</a>`;
      },
    },
  });
  const html = marked.parse(markdown) as string;
  return { html, headings, links };
}
