import { useState } from "preact/hooks";
import { t } from "../i18n/language.ts";
import { currentPath } from "../router.ts";
import { Card } from "../ui/card.tsx";
import { DeleteAccount } from "./delete-account.tsx";
import { LeftAccountNotice } from "./left-account.tsx";
import { PasswordChange } from "./password-change.tsx";
import { ResetPassword } from "./password-reset.tsx";
import { SessionsPanel } from "./sessions-panel.tsx";
import { SignInForm } from "./sign-in-form.tsx";
import { SignOut } from "./sign-out.tsx";
import { useSync } from "./sync-context.ts";
import { SyncStatusLine } from "./sync-status-line.tsx";
import "./account.css";

function SignedIn({ email }: { email: string }) {
  // Bumped when the password changes, so the list of devices is read again.
  const [changed, setChanged] = useState(0);
  return (
    <div class="columns">
      <div class="stack stack--loose">
        <Card as="section" class="stack" aria-labelledby="signed-in-title">
          <h2 id="signed-in-title" class="section-title account__email">
            {t("account.signed-in", { email })}
          </h2>
          <SyncStatusLine />
          <SignOut />
        </Card>
        <SessionsPanel version={changed} />
      </div>
      <div class="stack stack--loose">
        <PasswordChange email={email} onChanged={() => setChanged((n) => n + 1)} />
        <DeleteAccount />
      </div>
    </div>
  );
}

/**
 * `/account`: sign up, sign in (or ask for a reset link), sync status, the password and signed-in
 * devices, sign out, delete the account; `/account/reset` sets a new password from a mailed link.
 */
export function AccountScreen() {
  const a = useSync().account.value;
  const resetting = currentPath.value === "/account/reset";
  return (
    <div class="page page--wide account">
      <header class="page-header">
        <h1>{t("account.title")}</h1>
      </header>
      {resetting ? (
        <Card>
          <ResetPassword />
        </Card>
      ) : a === undefined ? (
        <p class="waiting" role="status">
          {t("account.checking")}
        </p>
      ) : a ? (
        <SignedIn email={a.email} />
      ) : (
        <>
          <LeftAccountNotice />
          <Card class="account__sign-in">
            <SignInForm />
          </Card>
        </>
      )}
    </div>
  );
}
