import {
  ACTIVE_KINDS,
  isActive,
  PRODUCT_KINDS,
  type ProductKind,
} from "../../core/routine/product-kinds.ts";
import type { StepProps } from "../common/profile-draft.ts";
import { ToolsField } from "../common/tools-field.tsx";
import { t } from "../i18n/language.ts";

const BLAND = PRODUCT_KINDS.filter((k) => !isActive(k));

/** One product to tick, with an optional name of the person's own once it is ticked. */
function ProductChoice({ kind, draft, change }: StepProps & { readonly kind: ProductKind }) {
  const owned = draft.products.find((p) => p.kind === kind);
  const setProduct = (on: boolean, name?: string): void => {
    const rest = draft.products.filter((p) => p.kind !== kind);
    change({ products: on ? [...rest, name ? { kind, name } : { kind }] : rest });
  };
  const hint = isActive(kind) ? t(`routine.kind.${kind}.hint`) : undefined;
  return (
    <div class="choice-row">
      <input
        id={`product-${kind}`}
        type="checkbox"
        checked={owned !== undefined}
        aria-describedby={hint ? `product-${kind}-hint` : undefined}
        onChange={(e) => setProduct((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={`product-${kind}`}>{t(`routine.kind.${kind}.name`)}</label>
      {hint ? (
        <span id={`product-${kind}-hint`} class="hint">
          {" "}
          ({hint})
        </span>
      ) : null}
      {owned ? (
        <input
          type="text"
          class="product-name"
          maxLength={80}
          aria-label={`Name of your ${t(`routine.kind.${kind}.name`).toLowerCase()} (optional)`}
          placeholder="Its name (optional)"
          value={owned.name ?? ""}
          onInput={(e) => setProduct(true, (e.currentTarget as HTMLInputElement).value)}
        />
      ) : null}
    </div>
  );
}

/** Tools owned and products used, each product with an optional name of the person's own. */
export function ToolsProductsStep({ draft, change }: StepProps) {
  return (
    <>
      <ToolsField
        legend="Tools you have (fingers always count)"
        idPrefix=""
        tools={draft.tools}
        fingersOnly={draft.fingersOnly}
        onChange={change}
      />
      <fieldset>
        <legend>Products you use</legend>
        {BLAND.map((kind) => (
          <ProductChoice key={kind} kind={kind} draft={draft} change={change} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Actives and treatments</legend>
        <p class="hint">
          These are never used for the massage: Nura puts them after it, where they do not get
          rubbed in for minutes. If a serum of yours is one of these, tick it here instead.
        </p>
        {ACTIVE_KINDS.map((kind) => (
          <ProductChoice key={kind} kind={kind} draft={draft} change={change} />
        ))}
      </fieldset>
    </>
  );
}
