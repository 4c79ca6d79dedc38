import type { IconNode } from "lucide";
import { Icon } from "../ui/icon.tsx";
import {
  BookOpen,
  CalendarDays,
  ChevronRight,
  CircleUser,
  Download,
  Settings,
  Sprout,
} from "../ui/icons.ts";
import "./more-screen.css";
import { t } from "../i18n/language.ts";

interface Entry {
  readonly href: string;
  /** Read when drawn, in the page's language. */
  readonly title: () => string;
  readonly text: () => string;
  readonly icon: IconNode;
}

const ENTRIES: readonly Entry[] = [
  {
    href: "/account",
    title: () => t("more.account.title"),
    text: () => t("more.account.text"),
    icon: CircleUser,
  },
  {
    href: "/settings",
    title: () => t("more.settings.title"),
    text: () => t("more.settings.text"),
    icon: Settings,
  },
  {
    href: "/programme",
    title: () => t("more.programme.title"),
    text: () => t("more.programme.text"),
    icon: CalendarDays,
  },
  {
    href: "/welcome",
    title: () => t("more.answers.title"),
    text: () => t("more.answers.text"),
    icon: Sprout,
  },
  {
    href: "/progress/data",
    title: () => t("more.data.title"),
    text: () => t("more.data.text"),
    icon: Download,
  },
  {
    href: "/learn/evidence",
    title: () => t("more.evidence.title"),
    text: () => t("more.evidence.text"),
    icon: BookOpen,
  },
];

/** /more: what a phone's tab bar has no room for (Account, Settings and the rest), one tap away. */
export function MoreScreen() {
  return (
    <section class="page" aria-labelledby="more-title">
      <header class="page-header">
        <h1 id="more-title">{t("more.title")}</h1>
      </header>
      <ul class="more-list">
        {ENTRIES.map((e) => (
          <li key={e.href}>
            <a class="more-link" href={e.href}>
              <span class="more-link__icon">
                <Icon icon={e.icon} size={22} />
              </span>
              <span class="more-link__text">
                <span class="more-link__title">{e.title()}</span>
                <span class="more-link__hint">{e.text()}</span>
              </span>
              <Icon icon={ChevronRight} size={20} class="more-link__chevron" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
