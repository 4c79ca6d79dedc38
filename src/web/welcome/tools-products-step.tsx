import {
  PRODUCT_KINDS,
  type ProductKind,
  STEP_KIND_NAMES,
} from "../../core/routine/product-kinds.ts";
import type { StepProps } from "./draft.ts";
import { ToolsField } from "./tools-field.tsx";

/**
 * Tools owned (and whether to plan with fingers only) and products used, each product with an
 * optional name of the person's own.
 */
export function ToolsProductsStep({ draft, change }: StepProps) {
  const product = (kind: ProductKind) => draft.products.find((p) => p.kind === kind);
  const setProduct = (kind: ProductKind, on: boolean, name?: string): void => {
    const rest = draft.products.filter((p) => p.kind !== kind);
    change({ products: on ? [...rest, name ? { kind, name } : { kind }] : rest });
  };
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
        {PRODUCT_KINDS.map((kind) => {
          const owned = product(kind);
          return (
            <div key={kind} class="choice-row">
              <input
                id={`product-${kind}`}
                type="checkbox"
                checked={owned !== undefined}
                onChange={(e) => setProduct(kind, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={`product-${kind}`}>{STEP_KIND_NAMES[kind]}</label>
              {owned ? (
                <input
                  type="text"
                  class="product-name"
                  maxLength={80}
                  aria-label={`Name of your ${STEP_KIND_NAMES[kind].toLowerCase()} (optional)`}
                  placeholder="Its name (optional)"
                  value={owned.name ?? ""}
                  onInput={(e) =>
                    setProduct(kind, true, (e.currentTarget as HTMLInputElement).value)
                  }
                />
              ) : null}
            </div>
          );
        })}
      </fieldset>
    </>
  );
}
