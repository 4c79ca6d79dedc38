import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import { deviceCalendar } from "../reminders/reminder-store.ts";
import { apiClient, callApi } from "../sync/api-client.ts";
import { apiErrorText } from "../sync/api-error-text.ts";
import { RefusalNotice } from "../sync/refusal-notice.tsx";
import { useSync } from "../sync/sync-context.ts";
import { Button, ButtonLink } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { CalendarPlus, Copy, Download } from "../ui/icons.ts";
import { TextField } from "../ui/text-field.tsx";
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
  const saved = useLoad(t("settings.calendar.reading"), () => records.getMeta<string>(URL_KEY), [
    records,
  ]);
  const url = made ?? saved.value;
  const downloading = useAction(t("settings.calendar.making"), () => downloadCalendar(records));
  // One request at a time: a double tap makes one address, not one that the next retires.
  const subscribing = useAction(t("settings.calendar.getting"), async () => {
    const res = await callApi(() => apiClient().calendar.token.$post());
    if (res.ok) {
      setMade(res.data.url);
      setProblem(undefined);
      await records.setMeta(URL_KEY, res.data.url);
    } else {
      setProblem(apiErrorText(res.code));
    }
  });
  const copying = useAction(t("settings.calendar.copying"), async (address: string) => {
    await navigator.clipboard.writeText(address);
    showToast({ message: t("settings.calendar.copied"), tone: "success" });
  });
  return (
    <Card as="section" class="stack" aria-labelledby="calendar-title">
      <h2 id="calendar-title" class="section-title">
        {t("settings.calendar.title")}
      </h2>
      <p class="muted">{t("settings.calendar.intro")}</p>
      <div>
        <Button
          variant="secondary"
          icon={Download}
          busy={downloading.busy.value}
          onClick={() => downloading.run()}
        >
          {t("settings.calendar.download")}
        </Button>
      </div>
      <ProblemNotice problem={downloading.problem.value} />
      {signedIn ? (
        <div class="calendar-address">
          {url ? (
            <>
              <TextField
                id="cal-url"
                label={t("settings.calendar.address")}
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
                  {t("settings.calendar.copy")}
                </Button>
                <ButtonLink href={webcalAddress(url)} size="small" icon={CalendarPlus}>
                  {t("settings.calendar.add")}
                </ButtonLink>
              </div>
              <ProblemNotice problem={copying.problem.value}>
                {t("settings.calendar.copy-failed")}
              </ProblemNotice>
            </>
          ) : null}
          <div>
            <Button
              variant={url ? "quiet" : "secondary"}
              size={url ? "small" : "medium"}
              busy={subscribing.busy.value}
              onClick={() => subscribing.run()}
            >
              {url ? t("settings.calendar.renew") : t("settings.calendar.subscribe")}
            </Button>
          </div>
          <RefusalNotice text={problem} />
          <ProblemNotice problem={subscribing.problem.value ?? saved.problem} />
        </div>
      ) : (
        <p class="muted">
          {t("settings.calendar.signed-out")}{" "}
          <a href="/account">{t("settings.calendar.account")}</a>
        </p>
      )}
    </Card>
  );
}
