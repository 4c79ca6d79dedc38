import { z } from "zod";
import {
  CONDITIONS,
  GOALS,
  INJECTABLE_KINDS,
  MAX_AGE,
  MAX_MINUTES,
  MEDIA,
  PROCEDURE_KINDS,
  SLOTS,
  TOOL_IDS,
  ZONE_IDS,
} from "../../core/index.ts";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written yyyy-MM-dd");
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length * 2)
    .optional();

/** `POST /api/plan`: the planner's input as JSON, the same as `nura plan`'s flags. */
export const planBody = z.strictObject({
  slot: z.enum(SLOTS),
  minutes: z.int().min(1).max(MAX_MINUTES),
  goals: list(GOALS),
  tools: list(TOOL_IDS),
  fingersOnly: z.boolean().optional(),
  skipZones: list(ZONE_IDS),
  conditions: list(CONDITIONS),
  injectables: z
    .array(z.strictObject({ kind: z.enum(INJECTABLE_KINDS), zone: z.enum(ZONE_IDS), date }))
    .max(50)
    .optional(),
  procedures: z
    .array(z.strictObject({ kind: z.enum(PROCEDURE_KINDS), date, cleared: z.boolean().optional() }))
    .max(50)
    .optional(),
  neckCleared: z.boolean().optional(),
  maxPressure: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  age: z.int().min(1).max(MAX_AGE).optional(),
  medium: z.enum(MEDIA),
  date,
});

/**
 * `POST /api/routine`: a slot and products, each a kind (`"serum"`) or `{ kind, name? }`.
 * Kinds are plain strings here so the composer can name every unknown one in its answer.
 */
export const routineBody = z.strictObject({
  slot: z.enum(SLOTS),
  products: z
    .array(
      z.union([
        z.string().max(40),
        z.strictObject({ kind: z.string().max(40), name: z.string().max(100).optional() }),
      ]),
    )
    .max(50),
});
