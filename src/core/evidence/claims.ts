import type { MessageId } from "../i18n/translate.ts";
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
 * grade in `grade` and the other part in `also`. Its words are messages: the claim as people
 * hear it (`claim.<id>.claim`) and what the studies found (`claim.<id>.summary`); a split row's
 * `also.about` says what its other part is about. Sources are cited as published.
 */
export interface Claim {
  readonly id: ClaimId;
  readonly grade: Grade;
  readonly also?: { readonly grade: Grade; readonly about: MessageId };
  /** The grade as printed: "B", "B/C", "D / C". */
  readonly label: string;
  readonly sources: readonly Source[];
}

/** The claims table of the domain notes (section 6), in our words. */
export const CLAIMS: Readonly<Record<ClaimId, Claim>> = {
  circulation: {
    id: "circulation",
    grade: "B",
    label: "B",
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
    grade: "C",
    label: "C",
    sources: [
      { label: "Yaedu et al. 2017, J Craniofac Surg (randomised, n=30)" },
      { label: "Szolnoky et al. 2007, Lymphology (n=10)" },
      { label: "Van de Velde et al. 2020, OOOO (randomised, n=26, no significant effect)" },
    ],
  },
  absorption: {
    id: "absorption",
    grade: "D",
    label: "D",
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
    grade: "B",
    also: { grade: "C", about: "claim.collagen.also" },
    label: "B/C",
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
    grade: "B",
    label: "B",
    sources: [
      { label: "Hatayama et al. 2008, Biomed Res (45 minutes, n=32, no control group)" },
      { label: "Ohkawa 2023 (3 minutes by a nurse against rest, crossover, n=22)" },
    ],
  },
  cortisol: {
    id: "cortisol",
    grade: "D",
    label: "D",
    sources: [
      { label: "Moyer et al. 2011, J Bodyw Mov Ther (meta-analysis, body massage)" },
      { label: "Moyer et al. 2004, Psychol Bull (meta-analysis, body massage)" },
    ],
  },
  "breakouts-aging": {
    id: "breakouts-aging",
    grade: "D",
    also: { grade: "C", about: "claim.breakouts-aging.also" },
    label: "D / C",
    sources: [
      { label: "Flament et al. 2023, Int J Cosmet Sci (n=50, no control group, run by industry)" },
    ],
  },
  toxins: {
    id: "toxins",
    grade: "D",
    label: "D",
    sources: [],
  },
};

/** Daily doses the studies used: what "regular" meant where effects were seen. */
export const STUDY_DOSES: readonly MessageId[] = ["claim.dose.1", "claim.dose.2", "claim.dose.3"];
