import type { Grade } from "./grades.ts";

/** Ids of the benefits people hear claimed for face massage. */
export const CLAIM_IDS = [
  "circulation",
  "puffiness",
  "absorption",
  "collagen",
  "stress",
  "cortisol",
  "breakouts-aging",
  "toxins",
] as const;

/** One of {@link CLAIM_IDS}. */
export type ClaimId = (typeof CLAIM_IDS)[number];

/** A study or page a claim rests on. */
export interface Source {
  readonly label: string;
  readonly url?: string;
}

/**
 * A claimed benefit and how well it is supported. A row that splits (e.g. "B/C") has its main
 * grade in `grade` and the other part in `also`, saying what that part is about.
 */
export interface Claim {
  readonly id: ClaimId;
  readonly claim: string;
  readonly grade: Grade;
  readonly also?: { readonly grade: Grade; readonly about: string };
  /** The grade as printed: "B", "B/C", "D / C". */
  readonly label: string;
  readonly summary: string;
  readonly sources: readonly Source[];
}

/** The claims table of the domain notes (section 6), in our words. */
export const CLAIMS: Readonly<Record<ClaimId, Claim>> = {
  circulation: {
    id: "circulation",
    claim: "Improves circulation",
    grade: "B",
    label: "B",
    summary:
      "Blood flow in the skin rises during and for minutes after rolling or gua sha; the effect is real but short.",
    sources: [
      {
        label: "Miyaji, Sugimori, Hayashi 2018, Complement Ther Med (n=12/14, funded by a maker)",
        url: "https://www.ncbi.nlm.nih.gov/pubmed/30477852",
      },
      { label: "Nielsen et al. 2007, Explore (n=11, gua sha on the back)" },
    ],
  },
  puffiness: {
    id: "puffiness",
    claim: "Reduces puffiness",
    grade: "C",
    label: "C",
    summary:
      "Drainage massage sped up swelling loss after jaw surgery in some trials but not in another; everyday morning puffiness is untested.",
    sources: [
      { label: "Yaedu et al. 2017, J Craniofac Surg (randomised, n=30)" },
      { label: "Szolnoky et al. 2007, Lymphology (n=10)" },
      { label: "Van de Velde et al. 2020, OOOO (randomised, n=26, no significant effect)" },
    ],
  },
  absorption: {
    id: "absorption",
    claim: "Helps products absorb",
    grade: "D",
    label: "D",
    summary:
      "Massage added nothing to a moisturiser's effect, and in lab skin it lowered how much got in.",
    sources: [
      {
        label: "J Cosmet Dermatol 2012 (randomised, n=13)",
        url: "http://www.pubmed.gov/22938011/",
      },
      { label: "Eur J Pharm Biopharm 2021 (lab skin)", url: "http://www.pubmed.gov/34508806/" },
    ],
  },
  collagen: {
    id: "collagen",
    claim: "Builds collagen and elasticity",
    grade: "B",
    also: { grade: "C", about: "hand massage, after which collagen was never measured" },
    label: "B/C",
    summary:
      "A vibrating device raised collagen building blocks in lab skin and a roller study saw firmer skin after 8 weeks without an untreated group. Hand self-massage has one small uncontrolled study of looks over 2 weeks and a five-person scan pilot; neither measured collagen.",
    sources: [
      {
        label: "Caberlotto et al. 2017, PLoS One (lab skin)",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC5383004",
      },
      { label: "Ahn et al. 2025, J Cosmet Dermatol (randomised, n=34, no untreated group)" },
      {
        label: "Flament et al. 2023, Int J Cosmet Sci (hand self-massage, n=50, no control group)",
      },
      { label: "Okuda 2022 (self-massage, CT of the cheek, n=5, no control group)" },
    ],
  },
  stress: {
    id: "stress",
    claim: "Less stress, better mood",
    grade: "B",
    label: "B",
    summary:
      "People felt less anxious and low after a long facial massage in a small study without a comparison group, and more relaxed after three minutes of it than after rest in a small crossover trial; both massages were given by someone else.",
    sources: [
      { label: "Hatayama et al. 2008, Biomed Res (45 minutes, n=32, no control group)" },
      { label: "Ohkawa 2023 (3 minutes by a nurse against rest, crossover, n=22)" },
    ],
  },
  cortisol: {
    id: "cortisol",
    claim: "Lowers cortisol",
    grade: "D",
    label: "D",
    summary:
      "Pooled studies of body massage found its effect on cortisol too small to tell from none, and single sessions did not lower it; both analyses come from one research group.",
    sources: [
      { label: "Moyer et al. 2011, J Bodyw Mov Ther (meta-analysis, body massage)" },
      { label: "Moyer et al. 2004, Psychol Bull (meta-analysis, body massage)" },
    ],
  },
  "breakouts-aging": {
    id: "breakouts-aging",
    claim: "Fewer breakouts, slower aging",
    grade: "D",
    also: { grade: "C", about: "slower aging, which is untested beyond short-term looks" },
    label: "D / C",
    summary:
      "Nothing shows fewer breakouts and rubbing can worsen acne; an uncontrolled industry study saw short-term changes in looks only.",
    sources: [
      { label: "Flament et al. 2023, Int J Cosmet Sci (n=50, no control group, run by industry)" },
    ],
  },
  toxins: {
    id: "toxins",
    claim: "Removes toxins",
    grade: "D",
    label: "D",
    summary: "No evidence supports it.",
    sources: [],
  },
};

/** Daily doses the studies used: what "regular" meant where effects were seen. */
export const STUDY_DOSES: readonly string[] = [
  "3 minutes a day for 2 weeks",
  "at least 5 minutes a day for 5 weeks",
  "10 minutes, 5 days a week, for 8 weeks",
];
