import { TOOLS, type ToolId } from "../../core/model/tools.ts";
import {
  PRODUCT_KINDS,
  type ProductKind,
  STEP_KIND_NAMES,
} from "../../core/routine/product-kinds.ts";
import { type StepProps, toggled } from "./draft.ts";

const OWNABLE: readonly ToolId[] = ["roller", "gua-sha"];

/** Tools owned and products used, each product with an optional name of the person's own. */
export function ToolsProductsStep({ draft, change }: StepProps) {
  const product = (kind: ProductKind) => draft.products.find((p) => p.kind === kind);
  const setProduct = (kind: ProductKind, on: boolean, name?: string): void => {
    const rest = draft.products.filter((p) => p.kind !== kind);
    change({ products: on ? [...rest, name ? { kind, name } : { kind }] : rest });
  };
  return (
    <>
      <fieldset>
        <legend>Tools you have (fingers always count)</legend>
        {OWNABLE.map((tool) => (
          <div key={tool} class="choice-row">
            <input
              id={`tool-${tool}`}
              type="checkbox"
              checked={draft.tools.includes(tool)}
              onChange={(e) =>
                change({
                  tools: toggled(draft.tools, tool, (e.currentTarget as HTMLInputElement).checked),
                })
              }
            />
            <label for={`tool-${tool}`}>{TOOLS[tool].name}</label>
          </div>
        ))}
      </fieldset>
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
