/** What the hands may hold: nothing, a facial roller, or a gua sha stone. */
export const TOOL_IDS = ["fingers", "roller", "gua-sha"] as const;

/**
 * One of {@link TOOL_IDS}. Its name and how to hold it are the messages `tool.<id>.name` and
 * `tool.<id>.description`.
 */
export type ToolId = (typeof TOOL_IDS)[number];
