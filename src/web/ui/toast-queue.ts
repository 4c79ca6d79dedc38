import { type ReadonlySignal, signal } from "@preact/signals";

/** What a toast is about: sets its icon. */
export type ToastTone = "info" | "success" | "error";

/** The one button a toast may carry: Undo, Retry, View. */
export interface ToastAction {
  readonly label: string;
  readonly run: () => void;
}

/** What to say. */
export interface ToastInput {
  readonly message: string;
  readonly tone?: ToastTone;
  readonly action?: ToastAction;
  /** Milliseconds shown; Infinity keeps it until dismissed. Defaults below. */
  readonly duration?: number;
}

/** A toast being shown. */
export interface Toast extends ToastInput {
  readonly id: number;
  readonly tone: ToastTone;
  readonly duration: number;
}

/** How long a plain toast stays, and one with a button (time to reach it). */
export const TOAST_MS = 5000;
export const TOAST_WITH_ACTION_MS = 8000;
/** More than this many at once, and the oldest goes. */
export const MAX_TOASTS = 3;

/** Why the clocks are stopped: a pointer over the toasts, or focus inside them. */
export type HoldReason = "hover" | "focus";

interface Timer {
  handle: ReturnType<typeof setTimeout> | undefined;
  remaining: number;
  startedAt: number;
}

/**
 * The toasts on screen and their clocks. Each toast leaves after its duration, but every clock
 * stops while a pointer rests on the toasts or focus is inside them (WCAG 2.2.1: time to read and
 * to reach Undo), and runs on for what was left once both let go.
 */
export class ToastQueue {
  readonly #items = signal<readonly Toast[]>([]);
  readonly #timers = new Map<number, Timer>();
  readonly #holds = new Set<HoldReason>();
  readonly #now: () => number;
  #nextId = 1;

  constructor(now: () => number = () => Date.now()) {
    this.#now = now;
  }

  /** The toasts, oldest first. */
  get items(): ReadonlySignal<readonly Toast[]> {
    return this.#items;
  }

  /** Shows a toast; returns its id for {@link dismiss}. */
  show(input: ToastInput): number {
    const id = this.#nextId++;
    const duration = input.duration ?? (input.action ? TOAST_WITH_ACTION_MS : TOAST_MS);
    const toast: Toast = { ...input, id, tone: input.tone ?? "info", duration };
    const kept = [...this.#items.value, toast];
    for (const gone of kept.slice(0, Math.max(0, kept.length - MAX_TOASTS))) this.#stop(gone.id);
    this.#items.value = kept.slice(-MAX_TOASTS);
    if (Number.isFinite(duration)) {
      this.#timers.set(id, { handle: undefined, remaining: duration, startedAt: 0 });
      if (this.#holds.size === 0) this.#start(id);
    }
    return id;
  }

  /** Removes a toast now. */
  dismiss(id: number): void {
    this.#stop(id);
    this.#items.value = this.#items.value.filter((t) => t.id !== id);
    // Nothing left to time: a hold whose end the page will never report (the element under the
    // pointer or holding focus was removed) must not stop the next toast's clock.
    if (this.#items.value.length === 0) this.#holds.clear();
  }

  /** Stops every clock for `reason` until {@link release}. */
  hold(reason: HoldReason): void {
    const wasRunning = this.#holds.size === 0;
    this.#holds.add(reason);
    if (!wasRunning) return;
    const now = this.#now();
    for (const timer of this.#timers.values()) {
      clearTimeout(timer.handle);
      timer.handle = undefined;
      timer.remaining -= now - timer.startedAt;
    }
  }

  /** Ends the hold for `reason`; the clocks run again when no other reason holds them. */
  release(reason: HoldReason): void {
    if (!this.#holds.delete(reason) || this.#holds.size > 0) return;
    for (const id of this.#timers.keys()) this.#start(id);
  }

  #start(id: number): void {
    const timer = this.#timers.get(id);
    if (!timer) return;
    timer.startedAt = this.#now();
    timer.handle = setTimeout(() => this.dismiss(id), Math.max(0, timer.remaining));
  }

  #stop(id: number): void {
    clearTimeout(this.#timers.get(id)?.handle);
    this.#timers.delete(id);
  }
}

/** The app's toasts, shown by the one {@link ToastRegion} in the shell. */
export const toasts = new ToastQueue();

/** Shows a toast in the app's region: `showToast({ message: "Saved", tone: "success" })`. */
export function showToast(input: ToastInput): number {
  return toasts.show(input);
}
