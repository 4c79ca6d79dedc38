import type { IconNode } from "lucide";
import { t } from "../i18n/language.ts";
import {
  BookOpen,
  ChartLine,
  CircleUser,
  Ellipsis,
  House,
  ListChecks,
  Settings,
} from "../ui/icons.ts";

/** Where a navigation entry shows: everywhere, only in the phone's tab bar, only in the side bar. */
export type NavPlace = "both" | "tabs" | "side";

/** One entry of the main navigation. */
export interface NavItem {
  readonly href: string;
  /** Its name, read when drawn (the catalogs load after this list is made). */
  readonly label: () => string;
  readonly icon: IconNode;
  readonly place: NavPlace;
  /** Other addresses that belong to this entry (Menu stands for Account and Settings on a phone). */
  readonly also?: readonly string[];
}

/**
 * The main navigation, in order. One list for the app's frame and for the pages pre-rendered at
 * build time (which cannot import the screens), so the two can never drift apart. A phone shows
 * four tabs and Menu (Account, Settings and the rest live there); the wider side bar has room
 * for Account and Settings themselves.
 */
export const mainNav: readonly NavItem[] = [
  { href: "/", label: () => t("shell.nav.today"), icon: House, place: "both" },
  { href: "/routines", label: () => t("shell.nav.routines"), icon: ListChecks, place: "both" },
  { href: "/progress", label: () => t("shell.nav.progress"), icon: ChartLine, place: "both" },
  { href: "/learn", label: () => t("shell.nav.learn"), icon: BookOpen, place: "both" },
  {
    href: "/more",
    label: () => t("shell.nav.menu"),
    icon: Ellipsis,
    place: "tabs",
    also: ["/account", "/settings", "/programme"],
  },
  { href: "/account", label: () => t("shell.nav.account"), icon: CircleUser, place: "side" },
  { href: "/settings", label: () => t("shell.nav.settings"), icon: Settings, place: "side" },
];

const within = (path: string, base: string): boolean =>
  base === "/" ? path === "/" : path === base || path.startsWith(`${base}/`);

/** True when `path` (a route's path or an address) belongs to `item`. */
export function isCurrent(item: NavItem, path: string | undefined): boolean {
  if (path === undefined) return false;
  return within(path, item.href) || (item.also ?? []).some((a) => within(path, a));
}
