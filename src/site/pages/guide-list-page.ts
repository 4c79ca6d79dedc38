import { formatDay } from "../../core/time/day-words.ts";
import { allTags } from "../../web/learn/all-tags.ts";
import type { GuideEntry } from "../../web/learn/guide-types.ts";
import { escapeHtml } from "../claim-badge.ts";
import { layout, type PageAssets } from "./layout.ts";

function item(g: GuideEntry): string {
  return `<li class="guide-card" data-slug="${g.slug}" data-tags="${g.tags.join(" ")}">
<h2><a href="/learn/guides/${g.slug}">${escapeHtml(g.title)}</a></h2>
<p>${escapeHtml(g.summary)}</p>
<p class="guide-meta"><time datetime="${g.date}">${formatDay(g.date)}</time> · ${g.readMinutes} min read · ${g.tags.map(escapeHtml).join(", ")}</p>
</li>`;
}

/**
 * The guide list, pre-rendered. The filter controls start invisible (`data-pending`) but keep
 * their room: they only work with the enhancing script, which shows them, and keeping their
 * room means the list does not jump down when they appear (no layout shift).
 */
export function guideListPage(guides: readonly GuideEntry[], assets: PageAssets): string {
  const tags = allTags(guides)
    .map(
      (t) =>
        `<button type="button" class="tag-filter secondary" data-tag="${t}" aria-pressed="false">${escapeHtml(t)}</button>`,
    )
    .join("");
  const main = `<section class="guides" data-guide-list>
<h1>Guides</h1>
<p>Short reads on facial self-massage and the skincare around it. Each benefit carries its evidence grade.</p>
<form class="guide-filters" aria-label="Filter guides" data-pending>
<label for="guide-search">Search guides</label>
<input id="guide-search" type="search" name="q" autocomplete="off">
<fieldset><legend>Tags</legend><button type="button" class="tag-filter secondary" data-tag="" aria-pressed="true">all</button>${tags}</fieldset>
</form>
<p class="guide-count" role="status" aria-live="polite"></p>
<ul class="guide-list">
${guides.map(item).join("\n")}
</ul>
</section>`;
  return layout(
    {
      title: "Guides · Nura",
      description:
        "Guides to facial self-massage, skincare routines and the evidence behind each benefit.",
      path: "/learn/guides",
      main,
    },
    assets,
  );
}
