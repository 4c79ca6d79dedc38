import type { ToolId } from "../../core/model/tools.ts";
import { t } from "../i18n/language.ts";
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
    <fieldset>
      <legend>{props.legend}</legend>
      {OWNABLE.map((tool) => (
        <div key={tool} class="choice-row">
          <input
            id={`${props.idPrefix}tool-${tool}`}
            type="checkbox"
            checked={props.tools.includes(tool)}
            onChange={(e) => props.onChange({ tools: toggled(props.tools, tool, checked(e)) })}
          />
          <label for={`${props.idPrefix}tool-${tool}`}>{t(`tool.${tool}.name`)}</label>
        </div>
      ))}
      <div class="choice-row">
        <input
          id={`${props.idPrefix}fingers-only`}
          type="checkbox"
          aria-describedby={`${props.idPrefix}fingers-only-hint`}
          checked={props.fingersOnly}
          onChange={(e) => props.onChange({ fingersOnly: checked(e) })}
        />
        <label for={`${props.idPrefix}fingers-only`}>Fingers only</label>
      </div>
      <p class="hint" id={`${props.idPrefix}fingers-only-hint`}>
        Plans of four minutes or more use every tool you have. Turn on fingers only to keep your
        tools out of the plans; they stay on your list for later.
      </p>
    </fieldset>
  );
}
