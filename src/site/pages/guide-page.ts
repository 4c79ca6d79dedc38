import { formatDay } from "../../core/time/day-words.ts";
import type { GuideEntry, TocEntry } from "../../web/learn/guide-types.ts";
import { WORDS_PER_MINUTE } from "../../web/learn/guide-types.ts";
import { tocTree } from "../../web/learn/toc-tree.ts";
import { escapeHtml } from "../claim-badge.ts";
import { layout, type PageAssets } from "./layout.ts";

/** The byline: date, author, read time (with the reading speed it assumes) and tags. */
export function guideMetaHtml(g: GuideEntry): string {
  const tags = g.tags
    .map((t) => `<li><a href="/learn/guides?tag=${t}">${escapeHtml(t)}</a></li>`)
    .join("");
  return `<p class="guide-meta"><time datetime="${g.date}">${formatDay(g.date)}</time> · ${escapeHtml(g.author)} · <span class="read-time" title="at ${WORDS_PER_MINUTE} words a minute">${g.readMinutes} min read</span></p>
<ul class="tag-list" aria-label="Tags">${tags}</ul>`;
}

/** The table of contents, sections with their subsections nested, or nothing for a short guide. */
export function tocHtml(g: GuideEntry): string {
  if (g.toc.length === 0) return "";
  const link = (h: TocEntry) => `<a href="#${h.id}">${escapeHtml(h.text)}</a>`;
  const items = tocTree(g.toc)
    .map((s) => {
      const sub =
        s.children.length > 0
          ? `<ol>${s.children.map((c) => `<li>${link(c)}</li>`).join("")}</ol>`
          : "";
      return `<li>${link(s.entry)}${sub}</li>`;
    })
    .join("");
  return `<nav class="guide-toc" aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ol>${items}</ol></nav>`;
}

/** The related guides, or nothing when there are none. */
export function relatedHtml(g: GuideEntry): string {
  if (g.relatedGuides.length === 0) return "";
  const items = g.relatedGuides
    .map((r) => `<li><a href="/learn/guides/${r.slug}">${escapeHtml(r.title)}</a></li>`)
    .join("");
  return `<aside class="related-guides" aria-labelledby="related-title"><h2 id="related-title">Related guides</h2><ul>${items}</ul></aside>`;
}

/** A guide's pre-rendered page. */
export function guidePage(g: GuideEntry, assets: PageAssets): string {
  const main = `<article class="guide">
<p class="crumbs"><a href="/learn/guides">All guides</a></p>
<h1>${escapeHtml(g.title)}</h1>
<p class="guide-summary">${escapeHtml(g.summary)}</p>
${guideMetaHtml(g)}
${tocHtml(g)}
<div class="guide-body">
${g.html}
</div>
<p class="evidence-note">Letters beside a benefit are evidence grades, from A (controlled studies) to D (evidence against, or none). <a href="/learn/evidence">How we grade</a>.</p>
${relatedHtml(g)}
</article>`;
  return layout(
    { title: `${g.title} · Nura`, description: g.summary, path: `/learn/guides/${g.slug}`, main },
    assets,
  );
}
