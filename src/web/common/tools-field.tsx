import type { ToolId } from "../../core/model/tools.ts";
import { t } from "../i18n/language.ts";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Checkbox } from "../ui/choice-row.tsx";
import { toggled } from "./profile-draft.ts";

const OWNABLE: readonly ToolId[] = ["roller", "gua-sha"];

/** Props of {@link ToolsField}. */
export interface ToolsFieldProps {
  readonly tools: readonly ToolId[];
  readonly fingersOnly: boolean;
  /** Prefix for the inputs' ids, so two forms on one page do not clash. */
  readonly idPrefix: string;
  readonly legend: string;
  readonly onChange: (patch: { tools?: readonly ToolId[]; fingersOnly?: boolean }) => void;
}

/**
 * The tools a person owns, and the switch that keeps them out of the plans: plans with a tool use
 * it from four minutes up, so someone who owns one but wants their hands only says so here.
 */
export function ToolsField(props: ToolsFieldProps) {
  const checked = (e: Event): boolean => (e.currentTarget as HTMLInputElement).checked;
  return (
    <ChoiceGroup legend={props.legend}>
      {OWNABLE.map((tool) => (
        <Checkbox
          key={tool}
          id={`${props.idPrefix}tool-${tool}`}
          label={t(`tool.${tool}.name`)}
          checked={props.tools.includes(tool)}
          onChange={(e) => props.onChange({ tools: toggled(props.tools, tool, checked(e)) })}
        />
      ))}
      <Checkbox
        id={`${props.idPrefix}fingers-only`}
        label={t("common.tools.fingers-only")}
        description={t("common.tools.fingers-only-hint")}
        checked={props.fingersOnly}
        onChange={(e) => props.onChange({ fingersOnly: checked(e) })}
      />
    </ChoiceGroup>
  );
}
