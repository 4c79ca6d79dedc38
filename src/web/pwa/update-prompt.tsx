import { Action } from "../common/action.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { RefreshCw } from "../ui/icons.ts";
import { Notice } from "../ui/notice.tsx";
import { acceptUpdate, offlineReady, updateWaiting } from "./register-sw.ts";

let made: Action | undefined;
/** The update, made on first use: its name comes from the catalogs, loaded after this module. */
const updating = (): Action => (made ??= new Action(t("pwa.update.switch"), acceptUpdate));

/** The banner that offers a waiting new version; and a quiet announcement once Nura works offline. */
export function UpdatePrompt() {
  const problem = updating().problem.value;
  if (problem) return <ProblemNotice problem={problem} />;
  if (updateWaiting.value) {
    return (
      <Notice tone="info" role="status" icon={RefreshCw}>
        <p>{t("pwa.update.ready")}</p>
        <div class="cluster">
          <Button size="small" onClick={() => updating().run()}>
            {t("pwa.update.now")}
          </Button>
          <Button variant="quiet" size="small" onClick={() => (updateWaiting.value = false)}>
            {t("pwa.update.later")}
          </Button>
        </div>
      </Notice>
    );
  }
  if (offlineReady.value) {
    // Announced, not drawn: a banner appearing after load would shift whatever screen is open.
    return (
      <p class="visually-hidden" role="status">
        {t("pwa.offline-ready")}
      </p>
    );
  }
  return null;
}
