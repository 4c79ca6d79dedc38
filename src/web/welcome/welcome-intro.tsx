import type { IconNode } from "lucide";
import { Button, ButtonLink } from "../ui/button.tsx";
import { Icon } from "../ui/icon.tsx";
import { BookOpen, ChevronRight, CircleUser, ShieldCheck, Sprout, Timer } from "../ui/icons.ts";

const POINTS: readonly (readonly [IconNode, string])[] = [
  [
    Timer,
    "Nura plans a few minutes of facial self-massage for your morning and evening routine, and talks you through it.",
  ],
  [ShieldCheck, "It checks each day's plan against your skin and health answers."],
  [BookOpen, "It tells you plainly how strong the evidence is for each benefit."],
];

/** The welcome, shown once before the first question, with the way in for an existing account. */
export function WelcomeIntro(props: { readonly onStart: () => void }) {
  return (
    <section class="welcome-intro" aria-labelledby="welcome-title">
      <span class="welcome-intro__logo" aria-hidden="true">
        <Icon icon={Sprout} size={36} />
      </span>
      <h1 id="welcome-title">Welcome to Nura</h1>
      <ul class="welcome-intro__points">
        {POINTS.map(([icon, text]) => (
          <li key={text}>
            <Icon icon={icon} size={22} />
            <span>{text}</span>
          </li>
        ))}
      </ul>
      <p class="muted">
        A minute of questions, so the massage fits your skin, your time and your health. Skip any of
        it.
      </p>
      <div class="welcome-intro__actions">
        <Button size="large" fullWidth iconEnd={ChevronRight} onClick={props.onStart}>
          Get started
        </Button>
        <ButtonLink href="/account" variant="secondary" fullWidth icon={CircleUser}>
          I already have an account
        </ButtonLink>
      </div>
    </section>
  );
}
