import { formatList } from "../i18n/format-number.ts";
import type { Translate } from "../i18n/translate.ts";
import type { Slot } from "../model/slots.ts";
import { isActive, type ProductKind, SLIP_KINDS } from "./product-kinds.ts";
import type { RoutineWarning, RoutineWarningCode } from "./routine-types.ts";

/** Words in a product's own name that suggest an active entered under a bland kind. */
const ACTIVE_WORDS =
  /retin|tretinoin|adapalene|tazarotene|glycolic|lactic|salicylic|mandelic|gluconolactone|\b[ab]ha\b|\bpha\b|vitamin ?c\b|ascorbic|benzoyl|azelaic|metronidazole/i;

type Products = readonly { readonly kind: ProductKind; readonly name?: string }[];

/** Says the warnings of one routine in one language: `routine.warning.<code>`. */
function sayer(t: Translate) {
  return (
    code: RoutineWarningCode,
    variant?: string,
    values?: Readonly<Record<string, string | number>>,
  ): RoutineWarning => ({
    code,
    message: t(
      `routine.warning.${code}${variant === undefined ? "" : `.${variant}`}` as Parameters<Translate>[0],
      values,
    ),
  });
}

type Say = ReturnType<typeof sayer>;

function mediumWarnings(products: Products, hasMedium: boolean, say: Say, t: Translate) {
  const out: RoutineWarning[] = [];
  const actives = [...new Set(products.map((p) => p.kind).filter(isActive))];
  if (!hasMedium && actives.length > 0) {
    // Each name as it reads mid-sentence ("vitamin C"), joined as the language joins a list.
    const names = formatList(
      t.locale,
      actives.map((k) => t(`routine.kind.${k}.inline`)),
    );
    out.push(say("active-only-slip", undefined, { actives: names, count: actives.length }));
  } else if (!hasMedium) out.push(say("no-medium"));
  for (const p of products) {
    if (p.name !== undefined && SLIP_KINDS.includes(p.kind) && ACTIVE_WORDS.test(p.name)) {
      const kind = t(`routine.kind.${p.kind}.inline`);
      out.push(say("name-looks-active", undefined, { name: p.name, kind }));
    }
  }
  return out;
}

function morningWarnings(has: (k: ProductKind) => boolean, say: Say): readonly RoutineWarning[] {
  const out: RoutineWarning[] = [];
  if (has("sleeping-mask")) out.push(say("sleeping-mask-morning"));
  if (has("retinoid")) out.push(say("retinoid-morning"));
  if (!has("sunscreen"))
    out.push(has("vitamin-c") ? say("vitamin-c-sunscreen") : say("no-sunscreen"));
  return out;
}

function eveningWarnings(
  has: (k: ProductKind) => boolean,
  slot: Slot,
  say: Say,
): readonly RoutineWarning[] {
  const out: RoutineWarning[] = [];
  if (has("sunscreen")) out.push(say("sunscreen-evening", slot === "pm" ? "pm" : "weekly"));
  const oil = has("oil-cleanser");
  const gentle = has("cleanser");
  if (!oil && !gentle) out.push(say("no-cleanser"));
  else if (slot === "pm" && oil !== gentle) out.push(say("single-cleanse", oil ? "oil" : "gentle"));
  if (slot === "weekly" && !has("mask")) out.push(say("no-mask"));
  if (has("retinoid") && has("exfoliating-acid")) out.push(say("retinoid-and-acid"));
  if (has("retinoid") && has("benzoyl-peroxide")) out.push(say("benzoyl-peroxide-retinoid"));
  if (!has("moisturizer") && !has("cream") && !has("sleeping-mask"))
    out.push(say("no-moisturizer-night"));
  return out;
}

/**
 * The composer's warnings and suggestions for a product list (as given, before slot filtering),
 * in a fixed order: the medium, then the slot's own advice, then essential-oil caution; in the
 * language of `t`.
 */
export function routineWarnings(
  products: Products,
  slot: Slot,
  hasMedium: boolean,
  t: Translate,
): readonly RoutineWarning[] {
  const has = (kind: ProductKind): boolean => products.some((p) => p.kind === kind);
  const say = sayer(t);
  return [
    ...mediumWarnings(products, hasMedium, say, t),
    ...(slot === "am" ? morningWarnings(has, say) : eveningWarnings(has, slot, say)),
    ...(has("essential-oil") ? [say("essential-oil-caution")] : []),
  ];
}
