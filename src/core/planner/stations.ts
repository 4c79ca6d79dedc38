import { TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import type { ZoneId } from "../model/zones.ts";
import type { PlanOrder } from "./plan-types.ts";

/**
 * Where a station sits in a session. Drainage: `open` the path, the `face` centre outward,
 * `face-end` back at the node in front of the ear, `muscle` work, the weekly `extra`, `close`.
 */
export type Phase = "open" | "face" | "face-end" | "muscle" | "extra" | "close";

/** One place in a session's order: a zone in a phase. Every block of a plan sits at one. */
export interface Station {
  readonly phase: Phase;
  readonly zone: ZoneId;
}

const s = (phase: Phase, zone: ZoneId): Station => ({ phase, zone });

/**
 * The drainage order (domain notes, section 2): open at the collarbone and down the neck, clear
 * the node in front of the ear, then the face from the centre outward toward the ear and jaw
 * nodes, back to the node in front of the ear. Muscle work (held points on the temples, kneading
 * the jaw muscle) comes only after all of the face's drainage, since heavy pressure can close
 * lymph vessels; the weekly shoulders after it; the session closes down the neck to the
 * collarbone.
 */
const DRAINAGE: readonly Station[] = [
  s("open", "collarbone"),
  s("open", "neck-sides"),
  s("open", "jaw-angle"),
  s("face", "chin-jawline"),
  s("face", "mouth"),
  s("face", "nose-sides"),
  s("face", "cheeks"),
  s("face", "under-cheekbone"),
  s("face", "masseter"),
  s("face", "under-eyes"),
  s("face", "brows"),
  s("face", "forehead"),
  s("face", "temples"),
  s("face-end", "jaw-angle"),
  s("muscle", "temples"),
  s("muscle", "masseter"),
  s("extra", "shoulders"),
  s("close", "neck-sides"),
  s("close", "collarbone"),
];

/** The morning order: upward and outward over the face from the jaw up, then down the neck. */
const WAKE_UP: readonly Station[] = [
  s("face", "chin-jawline"),
  s("face", "mouth"),
  s("face", "cheeks"),
  s("face", "under-cheekbone"),
  s("face", "nose-sides"),
  s("face", "under-eyes"),
  s("face", "brows"),
  s("face", "forehead"),
  s("face", "temples"),
  s("face", "masseter"),
  s("face", "jaw-angle"),
  s("close", "neck-sides"),
];

/** The stations of an order, first to last. */
export function stations(order: PlanOrder): readonly Station[] {
  return order === "drainage" ? DRAINAGE : WAKE_UP;
}

/**
 * The station a zone and technique go to. `close` asks for the way back down (the node in front
 * of the ear after the face, the neck and collarbone at the end). In drainage, muscle work on the
 * temples and the jaw muscle waits until the face is drained, and a roller on the neck rolls
 * down it at the close.
 */
export function stationIndex(
  order: PlanOrder,
  zone: ZoneId,
  technique: TechniqueId,
  close = false,
): number {
  const list = stations(order);
  const muscle = (zone === "temples" || zone === "masseter") && TECHNIQUES[technique].muscleWork;
  const back = close || (zone === "neck-sides" && technique === "roller");
  const wanted = (st: Station): boolean => {
    if (st.zone !== zone) return false;
    if (order === "wake-up") return true;
    if (back) return st.phase === "close" || st.phase === "face-end";
    if (muscle) return st.phase === "muscle";
    return st.phase !== "close" && st.phase !== "face-end";
  };
  return list.findIndex(wanted);
}
