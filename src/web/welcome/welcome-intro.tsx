import type { IconNode } from "lucide";
import { t } from "../i18n/language.ts";
import { Button, ButtonLink } from "../ui/button.tsx";
import { Icon } from "../ui/icon.tsx";
import { BookOpen, ChevronRight, CircleUser, ShieldCheck, Sprout, Timer } from "../ui/icons.ts";

const POINTS: readonly (readonly [IconNode, "plans" | "checks" | "evidence"])[] = [
  [Timer, "plans"],
  [ShieldCheck, "checks"],
  [BookOpen, "evidence"],
];

/** The welcome, shown once before the first question, with the way in for an existing account. */
export function WelcomeIntro(props: { readonly onStart: () => void }) {
  return (
    <section class="welcome-intro" aria-labelledby="welcome-title">
      <span class="welcome-intro__logo" aria-hidden="true">
        <Icon icon={Sprout} size={36} />
      </span>
      <h1 id="welcome-title">{t("welcome.intro.title")}</h1>
      <ul class="welcome-intro__points">
        {POINTS.map(([icon, point]) => (
          <li key={point}>
            <Icon icon={icon} size={22} />
            <span>{t(`welcome.intro.${point}`)}</span>
          </li>
        ))}
      </ul>
      <p class="muted">{t("welcome.intro.minute")}</p>
      <div class="welcome-intro__actions">
        <Button size="large" fullWidth iconEnd={ChevronRight} onClick={props.onStart}>
          {t("welcome.intro.start")}
        </Button>
        <ButtonLink href="/account" variant="secondary" fullWidth icon={CircleUser}>
          {t("welcome.intro.account")}
        </ButtonLink>
      </div>
    </section>
  );
}
