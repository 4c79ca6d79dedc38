import type { PartialInputHTMLAttributes } from "preact";
import { FieldFrame, type FieldWords, useFieldWiring } from "./field-frame.tsx";

/** Props of {@link TextField}: a native input's, plus its words. */
export interface TextFieldProps
  extends Omit<
      PartialInputHTMLAttributes<HTMLInputElement>,
      "label" | "class" | "role" | "type" | "id"
    >,
    FieldWords {
  /** A kind of text, a date or a time: other inputs have their own components. */
  readonly type?: "text" | "email" | "password" | "search" | "tel" | "url" | "date" | "time";
}

/**
 * A labelled text input, 48px tall, with its hint and error wired by `aria-describedby` and
 * `aria-invalid`: the pattern every form field follows (see {@link InlineError}).
 */
export function TextField(props: TextFieldProps) {
  const { label, hideLabel, hint, error, id, type = "text", ...input } = props;
  const wiring = useFieldWiring(id, { label, hint, error });
  return (
    <FieldFrame label={label} hideLabel={hideLabel} hint={hint} error={error} wiring={wiring}>
      <input
        {...input}
        {...wiring.aria}
        id={wiring.id}
        // Preact types each input type with its own roles; a union of text kinds fits none alone.
        type={type as "text"}
        class="text-field__input"
      />
    </FieldFrame>
  );
}
