import type { LocalRecord } from "../local/local-db.ts";
import type { NotSent } from "./sync-engine.ts";

const changes = (n: number): string => `${n} ${n === 1 ? "change" : "changes"}`;

/** Why this device's changes did not go out, and that they wait here, for the status line. */
export function notSentText(notSent: NotSent, pending: number): string {
  const one = pending === 1;
  const waiting = `${changes(pending)} ${one ? "stays" : "stay"} on this device, not lost, and ${one ? "syncs" : "sync"}`;
  if (notSent.code === "quota-exceeded") {
    const said = notSent.message.trim().replace(/\.?$/, ".");
    return `the account is full. ${said} ${waiting} once the account has room again.`;
  }
  return `this device's clock is more than 10 minutes ahead of the server's, so the server did not take what it stamped. Set this device's date and time right: ${waiting} once the clocks agree.`;
}

/** The changes the server refused for good, with its first reason. */
export function refusedText(refused: readonly LocalRecord[]): string {
  const n = refused.length;
  return `the server refused ${changes(n)} (${refused[0]?.refused ?? "no reason given"}); ${n === 1 ? "it stays" : "they stay"} on this device`;
}

/** The one sentence about pulled changes set aside for their clock stamps; "" when none are. */
export function heldBackText(n: number): string {
  if (n === 0) return "";
  const these = n === 1 ? "it is" : "they are";
  return `${changes(n)} from another device ${n === 1 ? "is" : "are"} stamped more than 10 minutes ahead of this device's clock, so ${these} set aside, not merged. Check the date and time on this device and your others; ${these} merged once the clocks agree.`;
}
