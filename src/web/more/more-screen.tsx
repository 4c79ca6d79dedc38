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

interface Entry {
  readonly href: string;
  readonly title: string;
  readonly text: string;
  readonly icon: IconNode;
}

const ENTRIES: readonly Entry[] = [
  {
    href: "/account",
    title: "Account and sync",
    text: "Sign in to keep your devices in step",
    icon: CircleUser,
  },
  {
    href: "/settings",
    title: "Settings",
    text: "Reminders, notifications and your calendar",
    icon: Settings,
  },
  {
    href: "/programme",
    title: "Programmes",
    text: "Follow a plan of two to eight weeks",
    icon: CalendarDays,
  },
  {
    href: "/welcome",
    title: "Your answers",
    text: "Goals, skin and health, treatments, tools and minutes",
    icon: Sprout,
  },
  {
    href: "/progress/data",
    title: "Your data",
    text: "Export, import or delete what is on this device",
    icon: Download,
  },
  {
    href: "/learn/evidence",
    title: "The evidence",
    text: "What each benefit rests on, graded A to D",
    icon: BookOpen,
  },
];

/** /more: what a phone's tab bar has no room for (Account, Settings and the rest), one tap away. */
export function MoreScreen() {
  return (
    <section class="page" aria-labelledby="more-title">
      <header class="page-header">
        <h1 id="more-title">Menu</h1>
      </header>
      <ul class="more-list">
        {ENTRIES.map((e) => (
          <li key={e.href}>
            <a class="more-link" href={e.href}>
              <span class="more-link__icon">
                <Icon icon={e.icon} size={22} />
              </span>
              <span class="more-link__text">
                <span class="more-link__title">{e.title}</span>
                <span class="more-link__hint">{e.text}</span>
              </span>
              <Icon icon={ChevronRight} size={20} class="more-link__chevron" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
