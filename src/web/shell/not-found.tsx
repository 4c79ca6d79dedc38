import { t } from "../i18n/language.ts";
import { usePageTitle } from "../learn/use-page-title.ts";
import { ButtonLink } from "../ui/button.tsx";
import { EmptyState } from "../ui/empty-state.tsx";
import { House, Leaf } from "../ui/icons.ts";

/** Shown for an address the app has no screen for (and a guide, technique or zone it lacks). */
export function NotFound() {
  usePageTitle(t("shell.not-found.title"));
  return (
    <section class="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("shell.not-found.title")}</h1>
      <EmptyState
        icon={Leaf}
        title={t("shell.not-found.heading")}
        headingLevel={2}
        action={
          <ButtonLink href="/" icon={House}>
            {t("shell.not-found.home")}
          </ButtonLink>
        }
      >
        {t("shell.not-found.text")}
      </EmptyState>
    </section>
  );
}
