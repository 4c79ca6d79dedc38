/** A theme's custom properties by name ("--color-text" → "#1c2724"). */
export type ThemeValues = Readonly<Record<string, string>>;

/** The three colour blocks of tokens.css: light, dark when forced, dark from the system. */
export interface TokenThemes {
  readonly light: ThemeValues;
  readonly dark: ThemeValues;
  readonly systemDark: ThemeValues;
}

/** How tokens.css opens each theme block; {@link readTokenThemes} fails loudly if one moves. */
const SELECTORS = {
  light: ':root,\n[data-theme="light"] {',
  dark: '[data-theme="dark"] {',
  systemDark: ':root:not([data-theme="light"]) {',
} as const;

/**
 * Reads the custom properties of each theme block from the text of tokens.css, so the contrast
 * check and the /design page test the colours the app really ships, not a copy of them.
 */
export function readTokenThemes(css: string): TokenThemes {
  return {
    light: declarations(css, SELECTORS.light),
    dark: declarations(css, SELECTORS.dark),
    systemDark: declarations(css, SELECTORS.systemDark),
  };
}

function declarations(css: string, opening: string): ThemeValues {
  const start = css.indexOf(opening);
  if (start < 0) throw new Error(`tokens.css has no block opening with ${JSON.stringify(opening)}`);
  const end = css.indexOf("}", start);
  const body = css.slice(start + opening.length, end);
  const values: Record<string, string> = {};
  for (const m of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    values[m[1] as string] = (m[2] as string).trim();
  }
  return values;
}

/** Relative luminance of a #rrggbb colour, as WCAG 2 defines it. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = Number.parseInt(h as string, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two #rrggbb colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** A pair that falls short, in words: "--color-text on --color-bg (body text): 3.10 < 4.5". */
export function contrastFailures(
  pairs: readonly { fg: string; bg: string; min: number; use: string }[],
  values: ThemeValues,
): string[] {
  return pairs
    .map((p) => ({ ...p, ratio: contrastRatio(values[p.fg] ?? "", values[p.bg] ?? "") }))
    .filter((p) => p.ratio < p.min)
    .map((p) => `${p.fg} on ${p.bg} (${p.use}): ${p.ratio.toFixed(2)} < ${p.min}`);
}
