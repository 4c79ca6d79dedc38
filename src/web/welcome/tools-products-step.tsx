import {
  ACTIVE_KINDS,
  isActive,
  PRODUCT_KINDS,
  type ProductKind,
} from "../../core/routine/product-kinds.ts";
import type { StepProps } from "../common/profile-draft.ts";
import { ToolsField } from "../common/tools-field.tsx";
import { t } from "../i18n/language.ts";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Checkbox } from "../ui/choice-row.tsx";
import { TextField } from "../ui/text-field.tsx";

const BLAND = PRODUCT_KINDS.filter((k) => !isActive(k));

/** One product to tick, with an optional name of the person's own once it is ticked. */
function ProductChoice({ kind, draft, change }: StepProps & { readonly kind: ProductKind }) {
  const owned = draft.products.find((p) => p.kind === kind);
  const setProduct = (on: boolean, name?: string): void => {
    const rest = draft.products.filter((p) => p.kind !== kind);
    change({ products: on ? [...rest, name ? { kind, name } : { kind }] : rest });
  };
  const name = t(`routine.kind.${kind}.name`);
  return (
    <div class="product-choice">
      <Checkbox
        id={`product-${kind}`}
        label={name}
        description={isActive(kind) ? t(`routine.kind.${kind}.hint`) : undefined}
        checked={owned !== undefined}
        onChange={(e) => setProduct((e.currentTarget as HTMLInputElement).checked)}
      />
      {owned ? (
        <div class="product-choice__name">
          <TextField
            label={t("welcome.products.name", { product: t(`routine.kind.${kind}.inline`) })}
            maxLength={80}
            autocomplete="off"
            value={owned.name ?? ""}
            onInput={(e) => setProduct(true, (e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      ) : null}
    </div>
  );
}

/** Tools owned and products used, each product with an optional name of the person's own. */
export function ToolsProductsStep({ draft, change }: StepProps) {
  return (
    <div class="stack stack--loose">
      <ToolsField
        legend={t("welcome.tools.legend")}
        idPrefix=""
        tools={draft.tools}
        fingersOnly={draft.fingersOnly}
        onChange={change}
      />
      <ChoiceGroup legend={t("welcome.products.legend")}>
        {BLAND.map((kind) => (
          <ProductChoice key={kind} kind={kind} draft={draft} change={change} />
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend={t("welcome.actives.legend")} hint={t("welcome.actives.hint")}>
        {ACTIVE_KINDS.map((kind) => (
          <ProductChoice key={kind} kind={kind} draft={draft} change={change} />
        ))}
      </ChoiceGroup>
    </div>
  );
}
