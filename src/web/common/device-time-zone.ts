/**
 * The person's IANA time zone as the browser reports it, or UTC when it reports none: the one
 * place the app asks, so Today, Progress, the player and reminders date things alike.
 */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
