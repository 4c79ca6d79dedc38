import type { Block } from "./blocks.ts";
import type { PlanOrder } from "./plan-types.ts";

/** Shortest step, in seconds: room for a start cue, a halfway cue and "last five seconds". */
export const MIN_STEP_SECONDS = 16;
/** The step length a session aims for when it has time to spare (practice: 30–60 s an area). */
export const TARGET_STEP_SECONDS = 40;

const stepsOf = (block: Block): number => (block.sided ? 2 : 1);

function firstWith(blocks: readonly Block[], anchors: readonly string[]): Block | undefined {
  for (const anchor of anchors) {
    const found = blocks.find((b) => b.anchor === anchor);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Importance tiers, lowest first: the opening and closing anchors; the face zone with the most
 * weight; the other anchors and the weekly shoulders; the other usual movements (and the tools a
 * person owns, on evening and weekly sessions); morning tools; second movements.
 */
function tiers(
  blocks: readonly Block[],
  order: PlanOrder,
  evening: boolean,
): ReadonlyMap<Block, number> {
  const first = new Set<Block | undefined>(
    order === "drainage"
      ? [
          firstWith(blocks, ["open-collarbone", "open-neck"]),
          firstWith(blocks, ["close-neck", "close-collarbone"]),
        ]
      : [firstWith(blocks, ["close-neck"])],
  );
  let top: Block | undefined;
  for (const block of blocks) {
    if (
      block.phase === "face" &&
      block.kind === "primary" &&
      (top === undefined || block.weight > top.weight)
    ) {
      top = block;
    }
  }
  const tier = (block: Block): number => {
    if (first.has(block)) return 0;
    if (block === top) return 1;
    if (block.anchor !== undefined || (block.phase === "extra" && block.kind === "primary"))
      return 2;
    if (block.kind === "primary" || (block.kind === "tool" && evening)) return 3;
    return block.kind === "tool" ? 4 : 5;
  };
  return new Map(blocks.map((b) => [b, tier(b)]));
}

/**
 * Chooses which blocks fit in `totalSeconds`, most important first, and returns them in session
 * order. It aims at about {@link TARGET_STEP_SECONDS} per step and never goes below
 * {@link MIN_STEP_SECONDS}; a drainage session keeps at least three steps (open, face, close).
 */
export function selectBlocks(
  blocks: readonly Block[],
  totalSeconds: number,
  order: PlanOrder,
  evening: boolean,
): readonly Block[] {
  const maxSteps = Math.floor(totalSeconds / MIN_STEP_SECONDS);
  const wanted = Math.min(
    maxSteps,
    Math.max(order === "drainage" ? 3 : 2, Math.round(totalSeconds / TARGET_STEP_SECONDS)),
  );
  const tierOf = tiers(blocks, order, evening);
  const ranked = [...blocks].sort(
    (a, b) =>
      (tierOf.get(a) ?? 9) - (tierOf.get(b) ?? 9) || b.weight - a.weight || a.index - b.index,
  );
  const chosen: Block[] = [];
  let steps = 0;
  for (const block of ranked) {
    if (steps + stepsOf(block) > wanted) continue;
    chosen.push(block);
    steps += stepsOf(block);
  }
  return chosen.sort((a, b) => a.index - b.index);
}
