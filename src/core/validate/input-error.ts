/**
 * The one error value the core returns for bad input. It names the field so a form can mark it,
 * the CLI can name the flag, and the API can answer 400 with it as is.
 */
export interface InputError {
  readonly code: "invalid-input";
  /** The input field, e.g. `minutes`, `goals`, `injectables[0].date`. */
  readonly field: string;
  readonly message: string;
}

/** Either a value or an {@link InputError}; the core never throws on bad input. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: InputError };

/** Builds an {@link InputError}. */
export function invalid(
  field: string,
  message: string,
): { readonly ok: false; readonly error: InputError } {
  return { ok: false, error: { code: "invalid-input", field, message } };
}

/** Wraps a valid value. */
export function valid<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}
