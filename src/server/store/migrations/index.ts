import { m0001AppMeta } from "./0001-app-meta.ts";
import { m0002Accounts } from "./0002-accounts.ts";
import { m0003RecordDocs } from "./0003-record-docs.ts";
import { m0004RecordsByKind } from "./0004-records-by-kind.ts";
import { m0005AccountUsage } from "./0005-account-usage.ts";
import { m0006AccountSecurity } from "./0006-account-security.ts";
import type { NuraMigration } from "./migration.ts";

/**
 * Every migration in order. Listed here, not read from a folder, so the built server carries
 * them and the order is reviewed in one place. Names sort in the order they run.
 */
export const migrations: readonly NuraMigration[] = [
  m0001AppMeta,
  m0002Accounts,
  m0003RecordDocs,
  m0004RecordsByKind,
  m0005AccountUsage,
  m0006AccountSecurity,
];
