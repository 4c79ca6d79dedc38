import { useState } from "preact/hooks";
import { FORMAT_TAGS } from "../../core/i18n/locales.ts";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { LogOut } from "../ui/icons.ts";
import { Notice } from "../ui/notice.tsx";
import { accountApi } from "./account-api.ts";
import { apiErrorText } from "./api-error-text.ts";
import { deviceName } from "./device-name.ts";

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment in the page's language and this device's time zone ("5 Dec 2026, 18:12"). */
function when(iso: string): string {
  let format = formats.get(t.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(FORMAT_TAGS[t.locale], {
      dateStyle: "medium",
      timeStyle: "short",
    });
    formats.set(t.locale, format);
  }
  return format.format(new Date(iso));
}

/** The devices signed in to the account, and signing out all but this one. */
export function SessionsPanel(props: { readonly version: number }) {
  const [reload, setReload] = useState(0);
  const [ended, setEnded] = useState<number | null>(null);
  const list = useLoad(t("account.devices.reading"), async () => {
    const res = await accountApi().sessions();
    if (!res.ok) throw new Error(apiErrorText(res.code));
    return res.data.sessions;
  }, [reload, props.version]);
  const ending = useAction(t("account.devices.ending"), async () => {
    const res = await accountApi().endOtherSessions();
    if (!res.ok) throw new Error(apiErrorText(res.code));
    setEnded(res.data.ended);
    setReload((n) => n + 1);
  });
  const sessions = list.value;
  const others = sessions?.filter((s) => !s.current).length ?? 0;
  return (
    <Card as="section" class="stack" aria-labelledby="sessions-title">
      <h2 id="sessions-title" class="section-title">
        {t("account.devices.title")}
      </h2>
      {sessions === undefined ? (
        <Waiting problem={list.problem}>{t("account.devices.loading")}</Waiting>
      ) : (
        <ul class="sessions">
          {sessions.map((s) => (
            <li key={s.id}>
              <strong>{deviceName(s.userAgent)}</strong>
              {s.current ? ` ${t("account.devices.this")}` : null}
              <br />
              <span class="muted small">
                {t("account.devices.when", { from: when(s.createdAt), last: when(s.lastSeenAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {ended !== null ? (
        <Notice tone="success" role="status">
          <p>{t("account.devices.ended", { n: ended })}</p>
        </Notice>
      ) : null}
      <ProblemNotice problem={ending.problem.value} />
      {others > 0 ? (
        <div>
          <Button
            variant="secondary"
            size="small"
            icon={LogOut}
            busy={ending.busy.value}
            onClick={() => ending.run()}
          >
            {t("account.devices.end-others")}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
