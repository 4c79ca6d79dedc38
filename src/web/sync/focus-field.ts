/**
 * Moves the focus to a field a form found wrong, after the render that shows its error: a
 * screen reader then reads the field with its error (wired by aria-describedby), and a sighted
 * person sees where to look.
 */
export function focusField(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
