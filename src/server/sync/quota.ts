import { AppError } from "../errors.ts";

/** What one account may store. */
export interface Quota {
  readonly maxRecords: number;
  /** Bytes of the records as the API sends them (UTF-8 JSON). */
  readonly maxBytes: number;
}

/**
 * Years of use for one person (two sessions and a check-in a day is about 1,100 records and
 * 0.5 MB a year), and a ceiling that keeps one account from filling the disk or slowing the
 * others.
 */
export const defaultQuota: Quota = { maxRecords: 20_000, maxBytes: 25_000_000 };

/** An account's usage: records stored (tombstones included) and their bytes. */
export interface Usage {
  readonly records: number;
  readonly bytes: number;
}

const count = (n: number) => n.toLocaleString("en-US");
const size = (bytes: number) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`;

/**
 * Throws the 413 `quota-exceeded` answer when `after` passes the quota, saying what the account
 * holds now, what the push would bring it to, and the limits.
 */
export function checkQuota(quota: Quota, before: Usage, after: Usage): void {
  if (after.records <= quota.maxRecords && after.bytes <= quota.maxBytes) return;
  const over =
    after.records > quota.maxRecords
      ? `${count(after.records)} records, over the limit of ${count(quota.maxRecords)}`
      : `${size(after.bytes)}, over the limit of ${size(quota.maxBytes)}`;
  throw new AppError(
    "quota-exceeded",
    `This account holds ${count(before.records)} records (${size(before.bytes)}); these changes would bring it to ${over}. Nothing was saved. Delete old entries or export and start afresh to make room.`,
  );
}
