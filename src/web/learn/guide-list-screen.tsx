import { useLayoutEffect, useState } from "preact/hooks";
import { formatDay } from "../../core/i18n/format-date.ts";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { t } from "../i18n/language.ts";
import { address } from "../router.ts";
import { SingleChoiceChips } from "../ui/choice-chips.tsx";
import { TextField } from "../ui/text-field.tsx";
import { allTags } from "./all-tags.ts";
import { countText, matchesGuide, queryWords } from "./guide-filter.ts";
import { tagLabel } from "./tag-label.ts";
import { guidesProblem, useGuides, useSearchTexts } from "./use-guides.ts";
import { usePageTitle } from "./use-page-title.ts";
import "./learn.css";

/**
 * /learn/guides: every guide, filtered by one tag and by words in its text. The build renders it
 * too (src/site), unfiltered, with the filters hidden but keeping their room: they show once
 * the page runs here, so they never show before they work and the list does not jump.
 */
export function GuideListScreen() {
  const guides = useGuides();
  usePageTitle(t("learn.guides.title"));
  const [tag, setTag] = useState("");
  const [query, setQuery] = useState("");
  const [live, setLive] = useState(false);
  // The address's ?tag= and ?q= apply after the first render, which must match the page the
  // build rendered when it is hydrated; a layout effect, so the unfiltered list never paints.
  useLayoutEffect(() => {
    const initial = new URLSearchParams(location.search);
    setTag(initial.get("tag") ?? "");
    setQuery(initial.get("q") ?? "");
    setLive(true);
  }, []);
  const texts = useSearchTexts(queryWords(query).length > 0);
  if (!guides) return <Waiting problem={guidesProblem()}>{t("learn.guides.loading")}</Waiting>;
  // Until the words of the guides arrive, a search keeps the list as it is rather than empty it.
  const searching = !texts && queryWords(query).length > 0;
  const shown = searching
    ? guides
    : guides.filter((g) => matchesGuide(g.tags, texts?.get(g.slug), { tag, query }));
  return (
    <section class="guides">
      <h1>{t("learn.guides.title")}</h1>
      <p>{t("learn.guides.intro")}</p>
      <form
        class="guide-filters"
        aria-label={t("learn.guides.filter")}
        data-pending={live ? undefined : ""}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="guide-search"
          label={t("learn.guides.search")}
          type="search"
          name="q"
          autocomplete="off"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <SingleChoiceChips
          legend={t("learn.guides.tags")}
          name="tag"
          options={["", ...allTags(guides)].map((each) => ({
            value: each,
            label: each === "" ? t("learn.guides.all") : tagLabel(each),
          }))}
          value={tag}
          onChange={setTag}
        />
      </form>
      <p class="guide-count" role="status" aria-live="polite">
        {searching ? t("learn.guides.searching") : countText(shown.length)}
      </p>
      <ProblemNotice problem={guidesProblem()} />
      <ul class="guide-list">
        {shown.map((g) => (
          <li key={g.slug} class="guide-card" data-slug={g.slug}>
            <h2>
              <a href={address(`/learn/guides/${g.slug}`)}>{g.title}</a>
            </h2>
            <p>{g.summary}</p>
            <p class="guide-meta">
              <time dateTime={g.date}>{formatDay(t.locale, g.date)}</time> ·{" "}
              {t("learn.guides.read-time", { minutes: g.readMinutes })} ·{" "}
              {g.tags.map(tagLabel).join(", ")}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
