import type { ComponentChildren } from "preact";
import { useId, useLayoutEffect, useRef } from "preact/hooks";
import { focusReturn } from "./focus-return.ts";
import { IconButton } from "./icon-button.tsx";
import { X } from "./icons.ts";
import "./sheet.css";
import { t } from "../i18n/language.ts";

/** Props of {@link Sheet}. */
export interface SheetProps {
  readonly open: boolean;
  /** Called whenever the sheet closes itself: Escape, the close button, a tap outside. */
  readonly onClose: () => void;
  readonly title: ComponentChildren;
  /** A line under the title, read as the dialog's description. */
  readonly description?: ComponentChildren;
  /** Buttons kept in view at the bottom (the main action last, so it sits under the thumb). */
  readonly footer?: ComponentChildren;
  /** The close button's words. */
  readonly closeLabel?: string;
  readonly children?: ComponentChildren;
}

/**
 * A modal sheet on the native <dialog>: it slides up from the bottom on a phone and stands in
 * the middle on a wider screen. The browser keeps focus inside and the rest inert; Escape, the
 * close button and a tap on the backdrop close it, and focus goes back to what opened it.
 */
export function Sheet(props: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { open, onClose } = props;
  const latestOnClose = useRef(onClose);
  latestOnClose.current = onClose;

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const focus = focusReturn(document);
    dialog.showModal();
    const closed = () => {
      focus.restore();
      latestOnClose.current();
    };
    dialog.addEventListener("close", closed);
    return () => {
      dialog.removeEventListener("close", closed);
      // Closed by the owner (open became false) or unmounted: close quietly, focus back all the same.
      if (dialog.open) dialog.close();
      focus.restore();
    };
  }, [open]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut only; Escape and the close button are the keyboard ways out.
    <dialog
      ref={ref}
      class="sheet"
      aria-labelledby={`${id}-title`}
      aria-describedby={props.description ? `${id}-description` : undefined}
      onClick={(e) => {
        // A click on the dialog box itself (not its content) is a click on the backdrop.
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      <div class="sheet__panel">
        <header class="sheet__header">
          <span class="sheet__grip" aria-hidden="true" />
          <div class="sheet__titles">
            <h2 id={`${id}-title`} class="sheet__title">
              {props.title}
            </h2>
            {props.description ? (
              <p id={`${id}-description`} class="sheet__description">
                {props.description}
              </p>
            ) : null}
          </div>
          <IconButton
            icon={X}
            label={props.closeLabel ?? t("ui.close")}
            class="sheet__close"
            onClick={() => ref.current?.close()}
          />
        </header>
        <div class="sheet__body">{props.children}</div>
        {props.footer ? <footer class="sheet__footer">{props.footer}</footer> : null}
      </div>
    </dialog>
  );
}
