import { useState } from "preact/hooks";

/**
 * Runs one save at a time: while it runs `busy` is true (buttons disable, so a double tap saves
 * once); a failure leaves `error` set, in words, and the same button tries again.
 */
export function useSaving(): {
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly run: (save: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (save: () => Promise<void>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await save();
    } catch (err) {
      setError(
        `That could not be saved on this device (${err instanceof Error ? err.message : String(err)}). Nothing changed; try again.`,
      );
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
