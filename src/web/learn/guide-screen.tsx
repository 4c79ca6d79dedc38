import { formatDay } from "../../core/i18n/format-date.ts";
import { Waiting } from "../common/problem-notice.tsx";
import { t } from "../i18n/language.ts";
import { address } from "../router.ts";
import { NotFound } from "../shell/not-found.tsx";
import { type TocEntry, WORDS_PER_MINUTE } from "./guide-types.ts";
import { tagLabel } from "./tag-label.ts";
import { tocTree } from "./toc-tree.ts";
import { guidesProblem, useGuides } from "./use-guides.ts";
import { usePageTitle } from "./use-page-title.ts";
import "./learn.css";

/** A link to a heading of the page; native, so the browser scrolls to it without the router. */
function TocLink(props: { entry: TocEntry }) {
  return (
    <a href={`#${props.entry.id}`} data-native>
      {props.entry.text}
    </a>
  );
}

/** /learn/guides/<slug> inside the app: the same page the build pre-renders, from the guide data. */
export function GuideScreen(props: { path: string }) {
  const guides = useGuides();
  const slug = props.path.split("/")[3] ?? "";
  const g = guides?.find((x) => x.slug === slug);
  usePageTitle(g?.title);
  if (!guides) return <Waiting problem={guidesProblem()}>{t("learn.guide.loading")}</Waiting>;
  if (!g) return <NotFound />;
  return (
    <article class="guide">
      <p class="crumbs">
        <a href={address("/learn/guides")}>{t("learn.guide.all")}</a>
      </p>
      <h1>{g.title}</h1>
      <p class="guide-summary">{g.summary}</p>
      <p class="guide-meta">
        <time dateTime={g.date}>{formatDay(t.locale, g.date)}</time> · {g.author} ·{" "}
        <span class="read-time" title={t("learn.guide.reading-pace", { words: WORDS_PER_MINUTE })}>
          {t("learn.guides.read-time", { minutes: g.readMinutes })}
        </span>
      </p>
      <ul class="tag-list" aria-label={t("learn.guides.tags")}>
        {g.tags.map((tag) => (
          <li key={tag}>
            <a href={address(`/learn/guides?tag=${tag}`)}>{tagLabel(tag)}</a>
          </li>
        ))}
      </ul>
      {g.toc.length > 0 ? (
        <nav class="guide-toc" aria-labelledby="toc-title">
          <h2 id="toc-title">{t("learn.guide.contents")}</h2>
          <ol>
            {tocTree(g.toc).map((section) => (
              <li key={section.entry.id}>
                <TocLink entry={section.entry} />
                {section.children.length > 0 ? (
                  <ol>
                    {section.children.map((c) => (
                      <li key={c.id}>
                        <TocLink entry={c} />
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {/* Rendered at build time from our own Markdown by the guides plugin: trusted HTML. */}
      <div class="guide-body" dangerouslySetInnerHTML={{ __html: g.html }} />
      <p class="evidence-note">
        {t("learn.guide.grades-note")}{" "}
        <a href={address("/learn/evidence")}>{t("learn.guide.how-we-grade")}</a>.
      </p>
      {g.relatedGuides.length > 0 ? (
        <aside class="related-guides" aria-labelledby="related-title">
          <h2 id="related-title">{t("learn.guide.related")}</h2>
          <ul>
            {g.relatedGuides.map((r) => (
              <li key={r.slug}>
                <a href={address(`/learn/guides/${r.slug}`)}>{r.title}</a>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </article>
  );
}
