/**
 * The main navigation, in order. One list for the app's header and for the pages pre-rendered at
 * build time (which cannot import the screens), so the two can never drift apart.
 */
export const mainNav: readonly { readonly href: string; readonly label: string }[] = [
  { href: "/", label: "Today" },
  { href: "/routines", label: "Routines" },
  { href: "/progress", label: "Progress" },
  { href: "/learn", label: "Learn" },
  { href: "/account", label: "Account" },
  { href: "/settings", label: "Settings" },
];
