import type { ComponentChildren } from "preact";
import { MIDLINE } from "./curves.ts";
import type { Half } from "./zone-art.ts";

/** The right side is the left side's drawing, mirrored across the midline. */
const MIRROR = `matrix(-1 0 0 1 ${2 * MIDLINE} 0)`;

/** Groups one side's parts: the left as drawn, the right mirrored. */
export function SideGroup(props: { half: Half; children: ComponentChildren }) {
  return <g transform={props.half === "right" ? MIRROR : undefined}>{props.children}</g>;
}
