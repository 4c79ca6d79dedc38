import type { Translate } from "../i18n/translate.ts";
import type { Slot } from "../model/slots.ts";
import type { RoutineStepKind } from "./product-kinds.ts";

/**
 * How to do a step, in the person's words-to-read (the messages `routine.how.<kind>` and
 * `routine.how.massage.<slot>`). `asMedium` marks the product that gives slip.
 */
export function howTo(kind: RoutineStepKind, slot: Slot, asMedium: boolean, t: Translate): string {
  if (kind === "massage") return t(`routine.how.massage.${slot}`);
  const how = t(`routine.how.${kind}`);
  return asMedium ? t("routine.how.as-medium", { how }) : how;
}

/** How to do the massage when nothing in the routine gives slip. */
export function massageWithoutMedium(t: Translate): string {
  return t("routine.how.no-medium");
}

/** A guide that explains a step: its slug (`/learn/guides/<slug>`) and its title. */
export interface StepGuide {
  readonly slug: string;
  readonly title: string;
}

const GUIDES: Readonly<Partial<Record<RoutineStepKind, "sunscreen">>> = {
  sunscreen: "sunscreen",
};

const GUIDE_SLUGS = { sunscreen: "sunscreen-basics" } as const;

/** The guide that explains a step, when there is one, with its title in `t`'s language. */
export function stepGuide(kind: RoutineStepKind, t: Translate): StepGuide | undefined {
  const guide = GUIDES[kind];
  return guide === undefined
    ? undefined
    : { slug: GUIDE_SLUGS[guide], title: t(`routine.guide.${guide}`) };
}

/** The slug of the guide that explains a step, when there is one. */
export function stepGuideSlug(kind: RoutineStepKind): string | undefined {
  const guide = GUIDES[kind];
  return guide === undefined ? undefined : GUIDE_SLUGS[guide];
}
