import type { TextareaHTMLAttributes } from "preact";
import { FieldFrame, type FieldWords, useFieldWiring } from "./field-frame.tsx";

/** Props of {@link TextArea}. */
export interface TextAreaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "label" | "class" | "role" | "id">,
    FieldWords {}

/** A labelled text area for a few lines (a note), wired like a text field. */
export function TextArea(props: TextAreaProps) {
  const { label, hint, error, id, ...area } = props;
  const wiring = useFieldWiring(id, { label, hint, error });
  return (
    <FieldFrame label={label} hint={hint} error={error} wiring={wiring}>
      <textarea
        {...area}
        {...wiring.aria}
        id={wiring.id}
        class="text-field__input text-field__input--area"
      />
    </FieldFrame>
  );
}
