/**
 * A noun in each plural form a language needs, keyed by the `Intl.PluralRules` category. English
 * needs `one` and `other`; a translation adds `few`, `many`… and every count still goes through
 * {@link counted}, so no sentence picks its form by `n === 1`.
 */
export type Noun = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

/** The language the words are written in; the one place a translation changes it. */
export const WORDS_LOCALE = "en";

const rules = new Intl.PluralRules(WORDS_LOCALE);

/** The form of `noun` that goes with `n`: "evening" for 1, "evenings" for 0 or 2. */
export function pluralForm(n: number, noun: Noun): string {
  return noun[rules.select(n)] ?? noun.other;
}

/** A count with its noun: "1 evening", "3 evenings", "0 check-ins". */
export function counted(n: number, noun: Noun): string {
  return `${n} ${pluralForm(n, noun)}`;
}

/** A noun whose plural adds an "s" ("minute", "minutes"), the common English case. */
export function noun(one: string, other = `${one}s`): Noun {
  return { one, other };
}
