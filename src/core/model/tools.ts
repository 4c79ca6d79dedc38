/** What the hands may hold: nothing, a facial roller, or a gua sha stone. */
export const TOOL_IDS = ["fingers", "roller", "gua-sha"] as const;

/** One of {@link TOOL_IDS}. */
export type ToolId = (typeof TOOL_IDS)[number];

/** A tool and how to hold it. */
export interface Tool {
  readonly id: ToolId;
  readonly name: string;
  readonly description: string;
}

/** The tools, keyed by id. */
export const TOOLS: Readonly<Record<ToolId, Tool>> = {
  fingers: {
    id: "fingers",
    name: "Fingers",
    description: "Fingertips and flat fingers; the ring finger where the skin is thinnest.",
  },
  roller: {
    id: "roller",
    name: "Facial roller",
    description:
      "Roll in one direction, outward, lifting it to go back: 5 to 8 passes along each line of an area.",
  },
  "gua-sha": {
    id: "gua-sha",
    name: "Gua sha stone",
    description:
      "Hold it almost flat against the skin and glide one way: 3 to 5 strokes along each line of an area. It should never leave red marks on the face.",
  },
};
