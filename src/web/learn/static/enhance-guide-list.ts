import { countText, type GuideFilter, matchesGuide, queryWords } from "../guide-filter.ts";

/**
 * Makes the pre-rendered guide list filterable: shows the hidden filter form, toggles one tag at a
 * time (also from `?tag=`), and searches titles, summaries and bodies, loading the words of the
 * guides on first use. The page reads fine without this script.
 */
export function enhanceGuideList(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>(".guide-filters");
  const input = root.querySelector<HTMLInputElement>("#guide-search");
  const status = root.querySelector<HTMLElement>(".guide-count");
  const cards = [...root.querySelectorAll<HTMLElement>(".guide-card")];
  const buttons = [...root.querySelectorAll<HTMLButtonElement>(".tag-filter")];
  if (!form || !input || !status) return;
  let texts: ReadonlyMap<string, string> | undefined;
  const params = new URLSearchParams(location.search);
  const filter: { -readonly [K in keyof GuideFilter]: GuideFilter[K] } = {
    tag: params.get("tag") ?? "",
    query: params.get("q") ?? "",
  };
  input.value = filter.query;

  const apply = () => {
    // Until the words of the guides arrive, a search keeps the list as it is rather than empty it.
    if (!texts && queryWords(filter.query).length > 0) {
      status.textContent = "Searching…";
      return;
    }
    let shown = 0;
    for (const card of cards) {
      const tags = (card.dataset.tags ?? "").split(" ");
      const ok = matchesGuide(tags, texts?.get(card.dataset.slug ?? ""), filter);
      card.hidden = !ok;
      if (ok) shown++;
    }
    for (const b of buttons)
      b.setAttribute("aria-pressed", String((b.dataset.tag ?? "") === filter.tag));
    status.textContent = countText(shown);
  };
  let loading = false;
  // Downloads the words of the guides once; when that fails the count line says so, and the
  // next keystroke tries again.
  const loadTexts = (): void => {
    if (texts || loading) return;
    loading = true;
    import("virtual:nura-guide-search").then(
      ({ searchTexts }) => {
        texts = new Map(searchTexts.map((s) => [s.slug, s.text]));
        apply();
      },
      (err: unknown) => {
        loading = false;
        console.warn("could not load the search words", err);
        status.textContent =
          "The search could not download the words of the guides. Check your connection and type again.";
      },
    );
  };

  for (const b of buttons) {
    b.addEventListener("click", () => {
      filter.tag = b.dataset.tag ?? "";
      apply();
    });
  }
  input.addEventListener("input", () => {
    filter.query = input.value;
    apply();
    loadTexts();
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  form.removeAttribute("data-pending");
  apply();
  if (filter.query) loadTexts();
}
