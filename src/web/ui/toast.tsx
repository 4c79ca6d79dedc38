import { useEffect, useRef } from "preact/hooks";
import { Button } from "./button.tsx";
import { Icon } from "./icon.tsx";
import { IconButton } from "./icon-button.tsx";
import { CircleAlert, CircleCheck, Info, X } from "./icons.ts";
import { type Toast, type ToastQueue, toasts } from "./toast-queue.ts";
import "./toast.css";
import { t } from "../i18n/language.ts";

const toneIcons = { info: Info, success: CircleCheck, error: CircleAlert } as const;

/** One toast: icon, words, the optional action, and Dismiss. */
export function ToastCard(props: { readonly toast: Toast; readonly onDismiss: () => void }) {
  const { toast, onDismiss } = props;
  return (
    <div class={`toast toast--${toast.tone}`}>
      <Icon icon={toneIcons[toast.tone]} size={22} class="toast__icon" />
      <p class="toast__message">{toast.message}</p>
      {toast.action ? (
        <Button
          variant="quiet"
          size="small"
          class="toast__action"
          onClick={() => {
            toast.action?.run();
            onDismiss();
          }}
        >
          {toast.action.label}
        </Button>
      ) : null}
      <IconButton
        icon={X}
        label={t("ui.dismiss")}
        size="small"
        class="toast__close"
        onClick={onDismiss}
      />
    </div>
  );
}

/**
 * Where toasts appear, once per app (in the shell): a polite live region, always present so a
 * screen reader hears each new toast, pinned above the bottom edge (set --toast-offset to the tab
 * bar's height). A pointer over it or focus in it pauses every toast's clock.
 */
export function ToastRegion(props: { readonly queue?: ToastQueue }) {
  const queue = props.queue ?? toasts;
  const items = queue.items.value;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A toast removed while it held focus takes focus with it and no focusout arrives.
    if (!ref.current?.contains(document.activeElement)) queue.release("focus");
  }, [items, queue]);
  return (
    <div
      ref={ref}
      class="toast-region"
      aria-live="polite"
      aria-relevant="additions"
      onPointerEnter={() => queue.hold("hover")}
      onPointerLeave={() => queue.release("hover")}
      onFocusIn={() => queue.hold("focus")}
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) queue.release("focus");
      }}
    >
      {items.map((t) => (
        <ToastCard key={t.id} toast={t} onDismiss={() => queue.dismiss(t.id)} />
      ))}
    </div>
  );
}
