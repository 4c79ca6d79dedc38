import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import type { Records } from "../local/records.ts";
import { deviceCalendar } from "../reminders/reminder-store.ts";
import { apiClient, callApi } from "../sync/api-client.ts";
import { useSync } from "../sync/sync-context.ts";
import { Button, ButtonLink } from "../ui/button.tsx";
import { CalendarPlus, Copy } from "../ui/icons.ts";
import { showToast } from "../ui/toast-queue.ts";

const URL_KEY = "calendar:url";

/**
 * The subscription address with the `webcal:` scheme, which a phone hands to its calendar app to
 * subscribe (an https: link would only download the file once).
 */
export function webcalAddress(url: string): string {
  return url.replace(/^https?:/, "webcal:");
}

/** Saves a calendar file made on this device; nothing leaves the device. */
async function downloadCalendar(records: Records): Promise<void> {
  const ics = await deviceCalendar(records, Date.now());
  const url = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "nura-reminders.ics";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reminders that fire while Nura is closed come from the phone's own calendar: a file to import
 * (made here, no account needed) or, signed in, an address to subscribe to, which follows later
 * changes; a new address retires the old one.
 */
export function CalendarPanel({ records }: { readonly records: Records }) {
  const [made, setMade] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const { account } = useSync();
  const signedIn = account.value !== null && account.value !== undefined;
  // Only a hash of the token is on the server, so the device keeps the address it was shown.
  const saved = useLoad("read your calendar address", () => records.getMeta<string>(URL_KEY), [
    records,
  ]);
  const url = made ?? saved.value;
  const downloading = useAction("make the calendar file", () => downloadCalendar(records));
  // One request at a time: a double tap makes one address, not one that the next retires.
  const subscribing = useAction("get a subscription address", async () => {
    const res = await callApi(() => apiClient().calendar.token.$post());
    if (res.ok) {
      setMade(res.data.url);
      setProblem(undefined);
      await records.setMeta(URL_KEY, res.data.url);
    } else {
      setProblem(res.message);
    }
  });
  const copying = useAction("copy the address", async (address: string) => {
    await navigator.clipboard.writeText(address);
    showToast({ message: "Address copied.", tone: "success" });
  });
  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">Reminders in your calendar</h2>
      <p class="hint">
        A browser cannot promise to wake a closed app, but your phone's calendar can: add Nura's
        reminders to it and they ring at your times, in your time zone.
      </p>
      <button type="button" disabled={downloading.busy.value} onClick={() => downloading.run()}>
        Download a calendar file (.ics)
      </button>
      <ProblemNotice problem={downloading.problem.value} />
      {signedIn ? (
        <div class="field">
          <button type="button" disabled={subscribing.busy.value} onClick={() => subscribing.run()}>
            {url ? "Make a new address (the old one stops working)" : "Get a subscription address"}
          </button>
          {url ? (
            <>
              <label for="cal-url">Subscribe to this address in your calendar app</label>
              <input
                id="cal-url"
                type="text"
                readOnly
                value={url}
                onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
              />
              <div class="cluster">
                <Button
                  variant="secondary"
                  size="small"
                  icon={Copy}
                  busy={copying.busy.value}
                  onClick={() => copying.run(url)}
                >
                  Copy
                </Button>
                <ButtonLink href={webcalAddress(url)} size="small" icon={CalendarPlus}>
                  Add to calendar
                </ButtonLink>
              </div>
              <ProblemNotice problem={copying.problem.value}>
                Select the address above and copy it instead.
              </ProblemNotice>
            </>
          ) : null}
          {problem ? (
            <p class="error" role="alert">
              {problem}
            </p>
          ) : null}
          <ProblemNotice problem={subscribing.problem.value ?? saved.problem} />
        </div>
      ) : (
        <p class="hint">
          Signed in (<a href="/account">Account</a>), you also get an address to subscribe to, which
          keeps up with changes you make here.
        </p>
      )}
    </section>
  );
}
