import { GOAL_INFO, type Goal } from "../model/goals.ts";
import { TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import type { ToolId } from "../model/tools.ts";
import { ZONES, type ZoneId } from "../model/zones.ts";
import type { Screening } from "../safety/profile.ts";
import { toolBanned } from "../safety/screen.ts";
import type { Anchor, BlockKind, BlockTemplate, Phase } from "./sequence.ts";

/** A block that can be done by this person today: technique and tool settled, weight known. */
export interface Block {
  readonly zone: ZoneId;
  readonly technique: TechniqueId;
  readonly tool: ToolId;
  /** True when it is done one side at a time, so it becomes a left and a right step. */
  readonly sided: boolean;
  readonly kind: BlockKind;
  readonly phase: Phase;
  readonly anchor?: Anchor;
  /** Relative share of session time. */
  readonly weight: number;
  /** Position in the session's sequence. */
  readonly index: number;
}

/** What a goal adds to the weight of each zone it serves. */
export const GOAL_WEIGHT = 2;

const KIND_FACTOR: Readonly<Record<BlockKind, number>> = { primary: 1, tool: 0.6, secondary: 0.5 };
/** Opening and closing share a zone's time between them. */
const ANCHOR_FACTOR = 0.5;

/** A zone's weight: its base share plus {@link GOAL_WEIGHT} for every chosen goal it serves. */
export function zoneWeight(zone: ZoneId, goals: readonly Goal[]): number {
  const boost = goals.filter((g) => GOAL_INFO[g].zones.includes(zone)).length * GOAL_WEIGHT;
  return ZONES[zone].baseWeight + boost;
}

function allowedTechnique(
  template: BlockTemplate,
  screening: Screening,
  owned: ReadonlySet<ToolId>,
): TechniqueId | undefined {
  const zone = ZONES[template.zone];
  return template.techniques.find((id) => {
    const tool = TECHNIQUES[id].tool;
    return (
      zone.techniques.includes(id) &&
      zone.tools.includes(tool) &&
      owned.has(tool) &&
      !screening.bannedTechniques.includes(id) &&
      !toolBanned(screening, template.zone, tool)
    );
  });
}

/**
 * Turns a sequence into the blocks this person may do: excluded zones, banned techniques and
 * tools, and tools the person does not own drop out; a movement already in the same phase of the
 * same zone is not repeated.
 */
export function resolveBlocks(
  sequence: readonly BlockTemplate[],
  screening: Screening,
  tools: readonly ToolId[],
  goals: readonly Goal[],
): readonly Block[] {
  const owned = new Set<ToolId>(["fingers", ...tools]);
  const excluded = new Set<ZoneId>(screening.excludedZones);
  const weights = new Map<ZoneId, number>();
  const blocks: Block[] = [];
  sequence.forEach((template, index) => {
    if (excluded.has(template.zone)) return;
    const technique = allowedTechnique(template, screening, owned);
    if (technique === undefined) return;
    const repeated = blocks.some(
      (b) => b.zone === template.zone && b.technique === technique && b.phase === template.phase,
    );
    if (repeated) return;
    let weight = weights.get(template.zone);
    if (weight === undefined) {
      weight = zoneWeight(template.zone, goals);
      weights.set(template.zone, weight);
    }
    const factor = template.anchor === undefined ? KIND_FACTOR[template.kind] : ANCHOR_FACTOR;
    blocks.push({
      zone: template.zone,
      technique,
      tool: TECHNIQUES[technique].tool,
      sided: ZONES[template.zone].sides === "pair" && TECHNIQUES[technique].oneSideAtATime,
      kind: template.kind,
      phase: template.phase,
      anchor: template.anchor,
      weight: weight * factor,
      index,
    });
  });
  return blocks;
}
