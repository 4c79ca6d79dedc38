/**
 * Every foreground/background pair the components draw, with the WCAG AA minimum it must meet in
 * both themes: 4.5 for text, 3 for large text, icons, control boundaries and focus rings.
 * contrast.test.ts checks them against tokens.css; the /design page shows the same table.
 */
export interface ContrastPair {
  readonly fg: string;
  readonly bg: string;
  readonly min: 4.5 | 3;
  /** Where the pair appears, for the table and for a failing test's message. */
  readonly use: string;
}

const TEXT = 4.5;
const UI = 3;

const pageSurfaces = [
  "--color-bg",
  "--color-surface",
  "--color-surface-raised",
  "--color-surface-sunken",
];

/** The pairs, grouped by what a person sees. */
export const contrastPairs: readonly ContrastPair[] = [
  ...pageSurfaces.map((bg) => ({ fg: "--color-text", bg, min: TEXT, use: "body text" }) as const),
  ...pageSurfaces.map(
    (bg) => ({ fg: "--color-text-muted", bg, min: TEXT, use: "hints, secondary text" }) as const,
  ),
  ...pageSurfaces.map(
    (bg) => ({ fg: "--color-primary", bg, min: TEXT, use: "links, quiet buttons" }) as const,
  ),
  ...pageSurfaces.map(
    (bg) => ({ fg: "--color-danger", bg, min: TEXT, use: "inline errors, quiet delete" }) as const,
  ),
  { fg: "--color-on-primary", bg: "--color-primary", min: TEXT, use: "primary button label" },
  { fg: "--color-on-primary", bg: "--color-primary-hover", min: TEXT, use: "primary, pressed" },
  {
    fg: "--color-on-primary-soft",
    bg: "--color-primary-soft",
    min: TEXT,
    use: "secondary button, chosen chip",
  },
  { fg: "--color-primary", bg: "--color-primary-soft", min: TEXT, use: "icon in a soft circle" },
  { fg: "--color-text", bg: "--color-primary-soft", min: TEXT, use: "text on a tinted card" },
  { fg: "--color-text-muted", bg: "--color-primary-soft", min: TEXT, use: "hint on a tinted card" },
  { fg: "--color-on-danger", bg: "--color-danger", min: TEXT, use: "delete button label" },
  { fg: "--color-on-danger", bg: "--color-danger-hover", min: TEXT, use: "delete, pressed" },
  { fg: "--color-on-danger-soft", bg: "--color-danger-soft", min: TEXT, use: "error notice" },
  { fg: "--color-on-success-soft", bg: "--color-success-soft", min: TEXT, use: "done notice" },
  { fg: "--color-on-warning-soft", bg: "--color-warning-soft", min: TEXT, use: "caution notice" },
  { fg: "--color-on-accent-soft", bg: "--color-accent-soft", min: TEXT, use: "warm badge" },
  { fg: "--color-on-inverse", bg: "--color-inverse", min: TEXT, use: "toast text" },
  { fg: "--color-inverse-action", bg: "--color-inverse", min: TEXT, use: "toast action" },
  ...["--color-bg", "--color-surface", "--color-surface-sunken"].map(
    (bg) =>
      ({
        fg: "--color-border-strong",
        bg,
        min: UI,
        use: "control edges (box, ring, field)",
      }) as const,
  ),
  ...pageSurfaces.map((bg) => ({ fg: "--color-focus", bg, min: UI, use: "focus ring" }) as const),
  { fg: "--color-focus", bg: "--color-primary-soft", min: UI, use: "focus ring on a chip" },
  { fg: "--color-focus-inverse", bg: "--color-inverse", min: UI, use: "focus ring in a toast" },
];
