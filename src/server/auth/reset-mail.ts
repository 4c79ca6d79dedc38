import type { Mail } from "./mailer.ts";
import { resetTtlMs } from "./reset-store.ts";

/** The password-reset mail: what happened, the link, how long it works, and what to do if it was not you. */
export function resetMail(to: string, link: string): Mail {
  const minutes = resetTtlMs / 60_000;
  return {
    to,
    subject: "Reset your Nura password",
    text: [
      "Someone asked to reset the password of the Nura account for this email address.",
      "",
      `If it was you, open this link within ${minutes} minutes and choose a new password:`,
      link,
      "",
      "The link works once. Setting a new password signs you out on every device.",
      "",
      "If it was not you, ignore this mail: your password stays as it is.",
    ].join("\n"),
  };
}
